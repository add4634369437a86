import Foundation
import Testing
import TestSupport

/// `parkplan export --format gpkg|shp|kml|dxf|fgb` and a query's `--format shp -o`: the
/// files are read back with GDAL's own `ogrinfo`, and exported parks and parcels imported
/// again give the same answers as the store they came from (what each format cannot hold
/// stated per case).
@Suite(.serialized) struct GDALExportCLITests {
    /// A store of the shipped districts, parks and parcels (from the GeoJSON), made once.
    static let source: Result<(URL, String), any Error> = Result {
        let dir = try CLIRunner.scratch()
        let store = try GDALImportCLITests.store(dir, "source.gpkg", parks: [CLIRunner.geodata("parks.geojson")],
                                                 parcels: [CLIRunner.geodata("parcels.geojson")])
        return (dir, store)
    }

    static func export(_ format: String, into dir: URL) throws -> CLIRunner.Result {
        let (_, store) = try source.get()
        let r = try CLIRunner.run(CLIRunner.parkplan, ["export", "--format", format, "-o", dir.path + "/", "--store", store])
        #expect(r.status == 0, "\(r.stderr)")
        return r
    }

    /// The feature count ogrinfo reads in `file`.
    static func ogrCount(_ file: URL) throws -> Int? {
        let r = try CLIRunner.run("/usr/bin/ogrinfo", ["-ro", "-so", "-al", file.path])
        #expect(r.status == 0, "\(r.stderr)")
        return r.stdout.split(separator: "\n").first { $0.hasPrefix("Feature Count: ") }
            .flatMap { Int($0.dropFirst("Feature Count: ".count)) }
    }

    /// Every format GDAL writes: each layer file read back by ogrinfo with the stored counts.
    @Test(arguments: ["gpkg", "shp", "kml", "dxf", "fgb"])
    func filesReadBackWithOgrinfo(_ format: String) throws {
        let dir = try CLIRunner.scratch()
        let r = try Self.export(format, into: dir)
        #expect(r.stdout.contains("wrote \(dir.path)/parcels.\(format) (2500 features)"), "\(r.stdout)")
        #expect(try Self.ogrCount(dir.appendingPathComponent("parcels.\(format)")) == 2500)
        // DXF writes a multipolygon as one entity per part (the shipped parks have 13 parts).
        let parks = try #require(try Self.ogrCount(dir.appendingPathComponent("parks.\(format)")))
        #expect(format == "dxf" ? parks == 13 : parks == 11)
        // No temporary folder is left beside the outputs.
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).allSatisfy { !$0.hasPrefix(".") })
        let info = try CLIRunner.run("/usr/bin/ogrinfo", ["-ro", "-so", "-al", dir.appendingPathComponent("parcels.\(format)").path])
        if format == "dxf" {
            #expect(!info.stdout.contains("clearance_history"))
        } else {
            #expect(info.stdout.contains(format == "shp" ? "clearanc_1: String" : "clearance_history: String"), "\(info.stdout)")
        }
        if format == "kml" { #expect(info.stdout.contains("WGS 84")) }
        if format == "gpkg" || format == "fgb" || format == "shp" { #expect(info.stdout.contains("VN-2000 / TM-3 105-45"), "\(info.stdout)") }
        // A layer of polygons says so (QGIS offers polygon editing by it), not "Unknown (any)".
        if format == "gpkg" || format == "fgb" {
            #expect(info.stdout.contains("Geometry: Multi Polygon"), "\(info.stdout)")
            let parks = try CLIRunner.run("/usr/bin/ogrinfo", ["-ro", "-so", "-al", dir.appendingPathComponent("parks.\(format)").path])
            #expect(!parks.stdout.contains("Unknown (any)"), "\(parks.stdout)")
        }
    }

    /// A Shapefile: .cpg says UTF-8, .prj the CRS, the shortened names are reported and
    /// written as a field map, the ledgers too long for the .dbf go to NAME.values.jsonl.
    @Test func shapefileSideFiles() throws {
        let dir = try CLIRunner.scratch()
        let r = try Self.export("shp", into: dir)
        let file = { (name: String) in dir.appendingPathComponent(name) }
        #expect(try String(contentsOf: file("parcels.cpg"), encoding: .utf8).contains("UTF-8"))
        #expect(try String(contentsOf: file("parcels.prj"), encoding: .utf8).contains("VN-2000"))
        #expect(r.stdout.contains("clearance_date → clearance_"), "\(r.stdout)")
        let map = try String(contentsOf: file("parcels.fieldmap"), encoding: .utf8)
        #expect(map.contains("\nclearance_date=clearance_\n") && map.contains("\nclearance_history=clearanc_1\n"), "\(map)")
        let moved = try String(contentsOf: file("parcels.values.jsonl"), encoding: .utf8).split(separator: "\n")
        #expect(r.stdout.contains("\(moved.count) values of clearance_history longer than 254 bytes written whole in"), "\(r.stdout)")
        #expect(moved.count > 0 && moved.allSatisfy { $0.hasPrefix("{\"id\":") })
        // Names read back from the .dbf as UTF-8 Vietnamese.
        let names = try CLIRunner.run("/usr/bin/ogrinfo", ["-ro", "-q", file("parks.shp").path, "-sql", "SELECT name FROM parks"])
        #expect(names.stdout.contains("Xuân Cầu"), "\(names.stdout)")
    }

    /// Exported parks and parcels imported into a new store: the same clearance (today and
    /// on a past day) and overlaps JSON. GeoPackage and FlatGeobuf hold the EPSG:9210
    /// doubles and the ledger as they are: identical text. Shapefile (names through its
    /// field map, ledgers through the sidecar, rings stored clockwise) agrees to 1e-12
    /// relative; KML (WGS 84 degrees to 15 significant digits, about 0.1 µm) to 1e-7
    /// (overlap areas of a few m² are the most sensitive).
    @Test(arguments: ["gpkg", "fgb", "shp", "kml"])
    func exportImportRoundTrip(_ format: String) throws {
        let dir = try CLIRunner.scratch()
        _ = try Self.export(format, into: dir)
        let path = { (name: String) in dir.appendingPathComponent(name).path }
        let maps = { (layer: String) in format == "shp" ? ["--field-map", path("\(layer).fieldmap")] : [] }
        let back = try GDALImportCLITests.store(dir, "back.gpkg", parks: [path("parks.\(format)")] + maps("parks"),
                                                parcels: [path("parcels.\(format)")] + maps("parcels"))
        let (_, source) = try Self.source.get()
        let questions = [["clearance", "--by", "district", "--format", "json"],
                         ["clearance", "--by", "park", "--as-of", "2026-03-31", "--format", "json"],
                         ["overlaps", "--layer", "parcels", "--format", "json"]]
        for q in questions {
            let a = try CLIRunner.run(CLIRunner.parkplan, q + ["--store", source]), b = try CLIRunner.run(CLIRunner.parkplan, q + ["--store", back])
            #expect(a.status == 0 && b.status == 0, "\(a.stderr) \(b.stderr)")
            if format == "gpkg" || format == "fgb" {
                #expect(a.stdout == b.stdout, "\(q) differs after a \(format) round trip")
            } else {
                #expect(try GDALImportCLITests.sameWithin(a.stdout, b.stdout, relative: format == "kml" ? 1e-7 : 1e-12), "\(q) differs after a \(format) round trip")
            }
        }
        // Every ledger entry came back: the whole history of a parcel with several events.
        let history = ["clearance", "history", "AH-000003", "--format", "json"]
        let h1 = try CLIRunner.run(CLIRunner.parkplan, history + ["--store", source]), h2 = try CLIRunner.run(CLIRunner.parkplan, history + ["--store", back])
        #expect(h1.stdout == h2.stdout && h1.stdout.contains("plan_approved"), "\(h1.stdout)\n\(h2.stdout)")
    }

    /// A layer of points, lines and polygons as a Shapefile: one file per geometry family,
    /// with the stored counts (16 points, 15 lines, 5 polygons); GeoPackage keeps them in one.
    @Test func mixedLayerAsShapefilesPerFamily() throws {
        let dir = try CLIRunner.scratch()
        let store = dir.appendingPathComponent("s.gpkg").path
        for (layer, file) in [("parks", "parks.geojson"), ("infrastructure", "infrastructure.geojson")] {
            let r = try CLIRunner.run(CLIRunner.parkplan, ["import", layer, CLIRunner.geodata(file), "--store", store])
            #expect(r.status == 0, "\(r.stderr)")
        }
        for format in ["shp", "gpkg"] {
            let r = try CLIRunner.run(CLIRunner.parkplan, ["export", "--layer", "infrastructure", "--format", format,
                                                           "-o", dir.appendingPathComponent("works.\(format)").path, "--store", store])
            #expect(r.status == 0, "\(r.stderr)")
        }
        let counts = try ["works_points.shp", "works_lines.shp", "works_polygons.shp", "works.gpkg"].map {
            try Self.ogrCount(dir.appendingPathComponent($0))
        }
        #expect(counts == [16, 15, 5, 36])
        // Each Shapefile declares its family; the GeoPackage layer, mixing them, any geometry.
        let declared = try ["works_points.shp", "works_lines.shp", "works_polygons.shp", "works.gpkg"].map {
            try CLIRunner.run("/usr/bin/ogrinfo", ["-ro", "-so", "-al", dir.appendingPathComponent($0).path]).stdout
                .split(separator: "\n").first { $0.hasPrefix("Geometry: ") }.map(String.init) ?? ""
        }
        #expect(declared[0].hasSuffix("Point"), "\(declared)")
        #expect(declared[1].hasSuffix("Line String"), "\(declared)")
        #expect(declared[2].hasSuffix("Polygon"), "\(declared)")
        #expect(declared[3] == "Geometry: Unknown (any)", "\(declared)")
    }

    /// A query's rows as a Shapefile: ogrinfo reads as many features as the JSON has rows.
    @Test func queryResultsAsAShapefile() throws {
        let dir = try CLIRunner.scratch()
        let (_, store) = try Self.source.get()
        let out = dir.appendingPathComponent("overlaps.shp")
        let r = try CLIRunner.run(CLIRunner.parkplan, ["overlaps", "--layer", "parcels", "--format", "shp", "-o", out.path, "--store", store])
        #expect(r.status == 0, "\(r.stderr)")
        let json = try CLIRunner.run(CLIRunner.parkplan, ["overlaps", "--layer", "parcels", "--format", "json", "--store", store])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])["rows"] as? [Any]
        #expect(try Self.ogrCount(out) == rows?.count)
        #expect((rows?.count ?? 0) > 0)
    }

    /// A GDAL format to standard output is a usage error; the store is never overwritten.
    @Test func oneLayerNeedsAFileAndTheStoreIsSafe() throws {
        let (_, store) = try Self.source.get()
        let r = try CLIRunner.run(CLIRunner.parkplan, ["export", "--layer", "parks", "--format", "shp", "--store", store])
        #expect(r.status == 64)
        #expect(r.stderr.contains("--format shp writes a file"), "\(r.stderr)")
        let before = try Data(contentsOf: URL(fileURLWithPath: store))
        let s = try CLIRunner.run(CLIRunner.parkplan, ["export", "--layer", "parks", "--format", "gpkg", "-o", store, "--store", store])
        #expect(s.status == 1)
        #expect(s.stderr.contains("it is the store"), "\(s.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: store)) == before)
    }
}
