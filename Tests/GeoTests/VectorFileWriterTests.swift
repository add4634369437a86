import Foundation
import Testing
@testable import Geo

/// ``VectorFileWriter``: each format written through GDAL and read back through GDAL
/// (``VectorDataset``), with its fields, geometry and CRS, and the limits each format has.
@Suite struct VectorFileWriterTests {
    static let fields = [VectorFileWriter.Field("parcel_id", .text), VectorFileWriter.Field("households", .integer),
                         VectorFileWriter.Field("approved_area_ha", .real), VectorFileWriter.Field("clearance_date", .text)]
    /// Two parcels in EPSG:9210 metres near Tiên Lãng, one with a hole.
    static let parcels: [(Geometry, [VectorFieldValue])] = [
        (.polygon(Polygon(exterior: [Coordinate(x: 590_000, y: 2_290_000), Coordinate(x: 590_100, y: 2_290_000),
                                     Coordinate(x: 590_100, y: 2_290_100), Coordinate(x: 590_000, y: 2_290_100),
                                     Coordinate(x: 590_000, y: 2_290_000)],
                          holes: [[Coordinate(x: 590_010, y: 2_290_010), Coordinate(x: 590_010, y: 2_290_020),
                                   Coordinate(x: 590_020, y: 2_290_020), Coordinate(x: 590_020, y: 2_290_010),
                                   Coordinate(x: 590_010, y: 2_290_010)]])),
         [.text(Array("TT-000001".utf8)), .integer(3), .real(1.25), .text(Array("2026-05-11".utf8))]),
        (.polygon(Polygon(exterior: [Coordinate(x: 590_100, y: 2_290_000), Coordinate(x: 590_200, y: 2_290_000),
                                     Coordinate(x: 590_200, y: 2_290_050), Coordinate(x: 590_100, y: 2_290_000)])),
         [.text(Array("Xã Tiên Thanh".utf8)), .null, .real(0.5), .null]),
    ]

    static func text(of value: VectorFieldValue) -> String {
        if case .text(let bytes) = value { return String(decoding: bytes, as: UTF8.self) }
        return ""
    }

    static func folder() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("writer-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    static func write(_ format: VectorFileFormat, crs: CRS = .haiPhongTM3,
                      transform: (Geometry) throws -> Geometry = { $0 }) throws -> (String, VectorFileWriter) {
        let path = try folder().appendingPathComponent("parcels.\(format.fileExtension)").path
        let writer = try VectorFileWriter(path: path, format: format, layerName: "parcels", crs: crs, fields: fields)
        for (g, values) in parcels { try writer.write(geometry: try transform(g), values: values) }
        try writer.close()
        return (path, writer)
    }

    @Test(arguments: [VectorFileFormat.gpkg, .fgb, .shp])
    func fieldsGeometryAndCRSComeBack(_ format: VectorFileFormat) throws {
        let (path, writer) = try Self.write(format)
        let layer = try VectorDataset(path: path).onlyLayer()
        #expect(layer.crs == CRS("EPSG:9210"))
        var features = try layer.features()
        #expect(features.count == 2)
        let names = layer.fieldNames
        let id = try #require(names.firstIndex(of: "parcel_id"))
        // FlatGeobuf stores features in its spatial index's order: compare by id.
        features.sort { Self.text(of: $0.fields[id].value) < Self.text(of: $1.fields[id].value) }
        #expect(abs(try #require(try features[0].geometry?.get()).area - (10_000 - 100)) < 1e-6)
        #expect(abs(try #require(try features[1].geometry?.get()).area - 2_500) < 1e-6)
        #expect(features[1].fields[id].value == .text(Array("Xã Tiên Thanh".utf8)))
        let households = try #require(names.firstIndex(of: "households"))
        #expect(features[0].fields[households].value == .integer(3))
        #expect(features[1].fields[households].value == .null)
        if format == .shp {
            // 10 characters at most: GDAL shortens, the writer says how.
            #expect(writer.renamedFields.map(\.asked) == ["approved_area_ha", "clearance_date"])
            #expect(writer.renamedFields.map(\.written) == ["approved_a", "clearance_"])
            let base = String(path.dropLast(4))
            #expect(try String(contentsOfFile: base + ".cpg", encoding: .utf8).contains("UTF-8"))
            #expect(FileManager.default.fileExists(atPath: base + ".prj"))
        } else {
            #expect(writer.renamedFields.isEmpty)
            #expect(names.contains("approved_area_ha"))
        }
    }

    @Test func kmlHoldsLonLat() throws {
        let toWGS84 = try CoordinateTransformer(from: .haiPhongTM3, to: .wgs84)
        let (path, _) = try Self.write(.kml, crs: .wgs84) { try toWGS84.transform($0) }
        let layer = try VectorDataset(path: path).onlyLayer()
        let features = try layer.features()
        #expect(features.count == 2)
        let envelope = try #require(try features[0].geometry?.get().envelope)
        // Longitude first, near Tiên Lãng (about 106.6° E, 20.7° N).
        #expect((106...107).contains(envelope.minX) && (20...21.5).contains(envelope.minY))
        // KML puts its own Name and Description first: each value still lands in its field
        // (read back as text: KML's ExtendedData is untyped).
        let households = try #require(layer.fieldNames.firstIndex(of: "households"))
        let id = try #require(layer.fieldNames.firstIndex(of: "parcel_id"))
        let first = try #require(features.first { Self.text(of: $0.fields[id].value) == "TT-000001" })
        #expect(first.fields[households].value == .text(Array("3".utf8)))
    }

    @Test func dxfKeepsGeometryOnly() throws {
        let (path, writer) = try Self.write(.dxf)
        #expect(writer.fields.isEmpty)
        let features = try VectorDataset(path: path).onlyLayer().features()
        #expect(features.count == 2)
        #expect(features.allSatisfy { $0.geometry != nil })
    }

    @Test func anExistingFolderOrUnknownCRSIsAClearError() throws {
        let dir = try Self.folder()
        #expect(throws: GeoError.self) {
            _ = try VectorFileWriter(path: dir.path + "/x.gpkg", format: .gpkg, layerName: "x", crs: CRS("EPSG:9999999"), fields: [])
        }
        #expect(throws: GeoError.self) {
            _ = try VectorFileWriter(path: "/nonexistent-folder/x.fgb", format: .fgb, layerName: "x", crs: .haiPhongTM3, fields: [])
        }
    }
}
