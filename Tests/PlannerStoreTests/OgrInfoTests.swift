import Foundation
import Geo
import GRDB
import Testing
@testable import PlannerStore

/// Checks the files against GDAL, the reader QGIS and most GIS tools use. Skipped, with a
/// message, where GDAL's tools are not installed.
@Suite struct OgrInfoTests {
    static let ogrinfo = ExternalTool(executable: "/usr/bin/ogrinfo")
    static let python = ExternalTool(executable: "/usr/bin/python3")
    static let validator = "/usr/lib/python3/dist-packages/osgeo_utils/samples/validate_gpkg.py"

    /// GDAL's warnings and errors (a GeoPackage 1.3 file should produce none).
    static func unexpectedDiagnostics(_ stderr: String) -> [String] {
        stderr.split(separator: "\n").map(String.init).filter { $0.contains("Warning") || $0.contains("ERROR") }
    }

    /// A file with `parcels` (3 EPSG:9210 polygons) and `landmarks` (2 EPSG:4326 points).
    private func twoLayerFile() throws -> TemporaryGeoPackage {
        let tmp = try TemporaryGeoPackage("haiphong.gpkg")
        let gpkg = try GeoPackage.create(at: tmp.path)
        try gpkg.write { tx in
            try Layers.createParcels(tx)
            try tx.insert(features: Layers.squares(3), into: "parcels")
            try tx.createFeatureTable(
                name: "landmarks", geometryType: .point, srsID: 4326,
                columns: [UserColumn("name", .text)], identifier: "Landmarks")
            try tx.insert(features: [
                DynamicFeature(geometry: .point(Point(x: 106.6881, y: 20.8449)), values: ["name": "Nha hat lon".databaseValue]),
                DynamicFeature(geometry: .point(Point(x: 106.7222, y: 20.8620)), values: ["name": "Cang Hai Phong".databaseValue]),
            ], into: "landmarks")
        }
        return tmp
    }

    @Test func ogrinfoListsBothLayersWithCountsAndCRS() throws {
        guard Self.ogrinfo.isInstalled else {
            print("⚠️ SKIPPED ogrinfoListsBothLayersWithCountsAndCRS: /usr/bin/ogrinfo not installed")
            return
        }
        let tmp = try twoLayerFile()
        let result = try Self.ogrinfo.run(["-so", "-al", tmp.path])
        #expect(result.status == 0, "\(result.stderr)")
        let layers = result.stdout.components(separatedBy: "Layer name: ").dropFirst()
        let byName = Dictionary(uniqueKeysWithValues: layers.map { (String($0.prefix { $0 != "\n" }), $0) })
        let parcels = try #require(byName["parcels"], "\(result.stdout)")
        let landmarks = try #require(byName["landmarks"], "\(result.stdout)")
        #expect(parcels.contains("Geometry: Polygon"))
        #expect(parcels.contains("Feature Count: 3"))
        #expect(parcels.contains("VN-2000 / TM-3 105-45"))
        #expect(parcels.contains("Extent: (590000.000000, 2300000.000000) - (590050.000000, 2300010.000000)"))
        #expect(parcels.contains("leased_on: Date") && parcels.contains("surveyed_at: DateTime"))
        #expect(parcels.contains("cleared: Integer(Boolean)"))
        #expect(landmarks.contains("Geometry: Point"))
        #expect(landmarks.contains("Feature Count: 2"))
        #expect(landmarks.contains("WGS 84"))
        #expect(Self.unexpectedDiagnostics(result.stderr).isEmpty, "\(result.stderr)")
    }

    @Test func ogrinfoSeesTheSpatialIndexes() throws {
        guard Self.ogrinfo.isInstalled else {
            print("⚠️ SKIPPED ogrinfoSeesTheSpatialIndexes: /usr/bin/ogrinfo not installed")
            return
        }
        let tmp = try twoLayerFile()
        for layer in ["parcels", "landmarks"] {
            let r = try Self.ogrinfo.run([tmp.path, "-sql", "SELECT HasSpatialIndex('\(layer)','geom')"])
            #expect(r.status == 0, "\(r.stderr)")
            #expect(r.stdout.contains("HasSpatialIndex (Integer) = 1"), "\(layer): \(r.stdout)")
            #expect(Self.unexpectedDiagnostics(r.stderr).isEmpty, "\(r.stderr)")
        }
        // A spatial filter through GDAL returns the one square it covers.
        let filtered = try Self.ogrinfo.run([
            "-ro", "-spat", "590021", "2300001", "590029", "2300009", tmp.path, "parcels",
        ])
        #expect(filtered.stdout.contains("Feature Count: 1"), "\(filtered.stdout)")
        #expect(filtered.stdout.contains("code (String) = P-1"), "\(filtered.stdout)")
    }

    @Test func gdalValidatorAcceptsTheFile() throws {
        guard Self.python.isInstalled, FileManager.default.fileExists(atPath: Self.validator) else {
            print("⚠️ SKIPPED gdalValidatorAcceptsTheFile: GDAL's validate_gpkg.py not installed")
            return
        }
        let tmp = try twoLayerFile()
        let r = try Self.python.run([Self.validator, tmp.path])
        #expect(r.status == 0, "stdout: \(r.stdout)\nstderr: \(r.stderr)")
        #expect(!r.stdout.contains("Error") && !r.stderr.contains("Error"), "\(r.stdout)\(r.stderr)")
    }
}
