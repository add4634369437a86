import Foundation
import Testing
@testable import Geo

/// The GDAL binding: datasets recognised from content, fields and WKB geometry read,
/// the file's CRS, and GDAL's errors as ``GeoError``s.
@Suite struct GDALTests {
    static func scratchFile(_ name: String, _ text: String) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("gdal-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let url = dir.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    @Test func readsCSVWithWKTFieldsAndGeometry() throws {
        let path = try Self.scratchFile("plots.csv", "WKT,id,area\n\"POLYGON ((0 0,10 0,10 10,0 10,0 0))\",A-1,100.5\n\"POINT (3 4)\",A-2,\n")
        let dataset = try VectorDataset(path: path, openOptions: ["AUTODETECT_TYPE=YES", "KEEP_GEOM_COLUMNS=NO"])
        #expect(dataset.driverName == "CSV")
        let layer = try dataset.onlyLayer()
        #expect(layer.fieldNames == ["id", "area"])
        let features = try layer.features()
        #expect(features.count == 2)
        #expect(features[0].fields[0].value == .text(Array("A-1".utf8)))
        #expect(features[0].fields[1].value == .real(100.5))
        #expect(features[1].fields[1].value == .null)
        let polygon = try #require(try features[0].geometry?.get())
        #expect(polygon.area == 100)
        #expect(layer.crs == nil)
    }

    @Test func recognisesTheFormatFromContentAndReadsItsCRS() throws {
        // A GML file named .dat: GDAL finds the driver from the bytes.
        let gml = """
            <?xml version="1.0"?><ogr:FeatureCollection xmlns:ogr="http://ogr.maptools.org/" xmlns:gml="http://www.opengis.net/gml">
            <gml:featureMember><ogr:plots><ogr:geometryProperty><gml:Point srsName="EPSG:9210"><gml:coordinates>585000,2310000</gml:coordinates></gml:Point></ogr:geometryProperty><ogr:id>P1</ogr:id></ogr:plots></gml:featureMember>
            </ogr:FeatureCollection>
            """
        let path = try Self.scratchFile("plots.dat", gml)
        let dataset = try VectorDataset(path: path)
        #expect(dataset.driverName == "GML")
        let layer = try dataset.onlyLayer()
        #expect(layer.crs == CRS("EPSG:9210"))
        let point = try #require(try layer.features().first?.geometry?.get())
        #expect(point == .point(Point(Coordinate(x: 585000, y: 2310000))))
    }

    @Test func errorsComeBackAsGeoErrors() throws {
        #expect(throws: GeoError.self) { try VectorDataset(path: "/nonexistent/plots.shp") }
        do {
            _ = try VectorDataset(path: "/nonexistent/plots.shp")
        } catch let e as GeoError {
            #expect(e.kind == .gdal)
            #expect(e.message.contains("plots.shp"))
        }
        let path = try Self.scratchFile("plots.csv", "WKT,id\n\"POINT (1 2)\",A\n")
        #expect(throws: GeoError.self) { try VectorDataset(path: path).layer(named: "roads") }
    }
}
