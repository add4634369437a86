import Foundation
import Testing
@testable import Geo
import Planner
@testable import PlannerPresentation

/// The export follows RFC 7946: lon/lat, right-hand winding, no `crs`, a `bbox`,
/// rounded coordinates, ids and properties kept.
@Suite struct GeoJSONExporterTests {
    /// A square with a hole near Hai Phong, built in EPSG:9210 with the exterior clockwise
    /// and the hole counter-clockwise (the wrong way round for RFC 7946).
    static func wronglyWoundPark() throws -> ExportFeature {
        let c = try Coordinate(106.68, 20.86).transformed(from: .wgs84, to: .haiPhongTM3)
        let outer = [Coordinate(c.x, c.y), Coordinate(c.x, c.y + 500), Coordinate(c.x + 500, c.y + 500),
                     Coordinate(c.x + 500, c.y), Coordinate(c.x, c.y)]
        let hole = [Coordinate(c.x + 100, c.y + 100), Coordinate(c.x + 200, c.y + 100), Coordinate(c.x + 200, c.y + 200),
                    Coordinate(c.x + 100, c.y + 200), Coordinate(c.x + 100, c.y + 100)]
        return ExportFeature(id: "p-1", properties: [("name", .string("An Hòa \"KCN\"")), ("area_m2", .number(240_000))],
                             geometry: .polygon(Polygon(exterior: outer, holes: [hole])))
    }

    private func export(_ features: [ExportFeature], sequence: Bool = false) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("export-\(UUID().uuidString).geojson")
        defer { try? FileManager.default.removeItem(at: url) }
        let sink = try ExportSink(path: url.path)
        try GeoJSONExporter(sequence: sequence, chunkSize: 3).write(features, to: sink)
        try sink.close()
        return try String(contentsOf: url, encoding: .utf8)
    }

    @Test func featureCollectionFollowsRFC7946() throws {
        let text = try export([try Self.wronglyWoundPark()])
        let root = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(root["type"] as? String == "FeatureCollection")
        #expect(root["crs"] == nil)
        let bbox = try #require(root["bbox"] as? [Double])
        #expect(bbox.count == 4)
        let feature = try #require((root["features"] as? [[String: Any]])?.first)
        #expect(feature["id"] as? String == "p-1")
        let props = try #require(feature["properties"] as? [String: Any])
        #expect(props["name"] as? String == "An Hòa \"KCN\"")
        let g = try GeoJSONGeometry.geometry(from: JSONParser.parse(text)["features"]?[0]?["geometry"] ?? .null)
        let p = try #require(g.polygons.first)
        // The bbox is the envelope of the coordinates written.
        let e = try #require(g.envelope)
        #expect([e.minX, e.minY, e.maxX, e.maxY] == bbox)
        #expect(Ring.isCounterClockwise(p.exterior))
        #expect(!Ring.isCounterClockwise(p.holes[0]))
        // Back in metres the area is the same, within the 7-decimal (~1 cm) rounding.
        let back = try g.transformed(from: .wgs84, to: .haiPhongTM3)
        #expect(abs(back.area - 240_000) / 240_000 < 1e-4)
    }

    @Test func coordinatesAreRoundedToSevenDecimals() throws {
        let text = try export([try Self.wronglyWoundPark()])
        let numbers = text.split(whereSeparator: { ",[]{}:".contains($0) }).filter { $0.contains(".") && $0.first!.isNumber }
        #expect(!numbers.isEmpty)
        for n in numbers where Double(n).map({ $0 > 100 && $0 < 110 }) == true {
            #expect(n.split(separator: ".")[1].count <= 7, "\(n)")
        }
    }

    @Test func manyFeaturesAcrossChunksStayInOrder() throws {
        let base = try Self.wronglyWoundPark()
        let features = (0..<10).map { i in
            ExportFeature(id: "f\(i)", properties: [("i", .number(Double(i)))],
                          geometry: base.geometry.mapCoordinates { Coordinate($0.x + Double(i) * 1000, $0.y) })
        }
        let text = try export(features)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let ids = (root["features"] as? [[String: Any]])?.compactMap { $0["id"] as? String }
        #expect(ids == (0..<10).map { "f\($0)" })
    }

    @Test func sequenceWritesOneFeaturePerLine() throws {
        let base = try Self.wronglyWoundPark()
        let text = try export([base, base, base], sequence: true)
        let lines = text.split(separator: "\n")
        #expect(lines.count == 3)
        for line in lines {
            let f = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            #expect(f["type"] as? String == "Feature")
        }
    }

    @Test func parcelStyleFollowsItsStatusAsOfADate() throws {
        let square = try Self.wronglyWoundPark().geometry
        let history = try ClearanceHistory([ClearanceEvent(status: .inventoried, date: try LocalDate(iso: "2024-01-10")),
                                            ClearanceEvent(status: .handedOver, date: try LocalDate(iso: "2024-06-01"))])
        let parcel = Parcel(id: "TT-1", parkId: "tien-thanh", landUse: .riceLand, plannedHandover: try LocalDate(iso: "2024-03-01"),
                            clearance: history, boundary: square)
        let before = ExportFeature.parcel(parcel, asOf: try LocalDate(iso: "2024-03-31"))
        #expect(before["clearance"] == .string("inventoried"))
        #expect(before["overdue"] == .bool(true))
        #expect(before["fill"] == .string(FeatureStyle.color(.inventoried)))
        let after = ExportFeature.parcel(parcel, asOf: try LocalDate(iso: "2024-06-30"))
        #expect(after["clearance"] == .string("handed_over"))
        #expect(after["overdue"] == .bool(false))
        #expect(after["fill"] == .string("#1a9850"))
    }

    @Test func jsonTextEscapes() {
        #expect(JSONText.string("a\"b\\c\nd\u{1}") == #""a\"b\\c\nd\u0001""#)
        #expect(JSONText.number(.nan) == "null")
        #expect(JSONText.number(3) == "3")
        #expect(JSONText.value(.object(["b": .bool(true), "a": .null])) == #"{"a":null,"b":true}"#)
    }
}
