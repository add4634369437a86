import Foundation
import Testing
import TestSupport

/// `parkplan import` reads the shipped parks and parcels converted by GDAL's own
/// `ogr2ogr` into each format exactly as it reads the GeoJSON: the same clearance
/// and overlaps answers. What each format cannot hold is stated per case.
@Suite(.serialized) struct GDALImportCLITests {
    /// One format: ogr2ogr arguments, the file names written and the import options.
    struct Format: Sendable, CustomStringConvertible {
        var name: String
        var ogr: [String]
        var parks: String
        var parcels: String
        /// Extra import arguments for parks and for parcels (the file's layer, field mapping).
        var parkArgs: [String] = []
        var parcelArgs: [String] = []
        /// A Shapefile stores outer rings clockwise (GeoJSON counter-clockwise), so GEOS
        /// sums each area in the other order: the answers agree to 1e-12 relative, not to
        /// the last bit of the full-precision JSON.
        var exactNumbers = true
        /// How closely the numbers agree when not exactly.
        var relative = 1e-12
        /// JSON keys whose values the format cannot carry, compared for presence only
        /// (a Shapefile drops clearance_history, so who recorded a status is not known).
        var lost: Set<String> = []
        var description: String { name }
    }

    /// Shapefile: field names cut to 10 characters (approved_area_ha and planned_handover
    /// are mapped automatically; the two compensation fields and clearance_date share
    /// truncations and are mapped with --field); clearance_history is cut to 254 bytes
    /// and so not read (a shapefile cannot hold it).
    static let shapefileFields = ["--field", "clearance_date=clearance_", "--field", "compensation_planned_vnd=compensati",
                                  "--field", "compensation_paid_vnd=compensa_1"]
    static let formats: [Format] = [
        Format(name: "Shapefile", ogr: ["-f", "ESRI Shapefile", "-lco", "ENCODING=UTF-8"], parks: "parks.shp", parcels: "parcels.shp",
               parcelArgs: shapefileFields, exactNumbers: false, lost: ["recorded_by"]),
        Format(name: "zipped Shapefile", ogr: ["-f", "ESRI Shapefile", "-lco", "ENCODING=UTF-8"], parks: "parks.shp.zip",
               parcels: "parcels.shp.zip", parcelArgs: shapefileFields, exactNumbers: false, lost: ["recorded_by"]),
        // GeoPackage: both layers in one file, picked with --layer; nothing lost.
        Format(name: "GeoPackage", ogr: ["-f", "GPKG", "-append"], parks: "both.gpkg", parcels: "both.gpkg",
               parkArgs: ["--layer", "parks"], parcelArgs: ["--layer", "parcels"]),
        // FlatGeobuf: dates become midnight date-times (read back as dates); nothing lost.
        Format(name: "FlatGeobuf", ogr: ["-f", "FlatGeobuf"], parks: "parks.fgb", parcels: "parcels.fgb"),
        // KML: `name` becomes the placemark's Name (mapped back); dates as YYYY/MM/DD text.
        Format(name: "KML", ogr: ["-f", "KML"], parks: "parks.kml", parcels: "parcels.kml"),
        // FileGDB (written by GDAL 3.6's OpenFileGDB driver, which needs one geometry type):
        // big integers become reals; coordinates snapped to the layer's XY grid (1e-9°), so
        // areas agree to 1e-7 relative.
        Format(name: "FileGDB", ogr: ["-f", "OpenFileGDB", "-nlt", "MULTIPOLYGON"], parks: "parks.gdb", parcels: "parcels.gdb",
               exactNumbers: false, relative: 1e-7),
        // CSV with WKT: no CRS (WGS 84 assumed), types guessed from the text.
        Format(name: "CSV+WKT", ogr: ["-f", "CSV", "-lco", "GEOMETRY=AS_WKT"], parks: "parks.csv", parcels: "parcels.csv"),
    ]

    static func ogr2ogr(_ args: [String], in dir: URL) throws {
        let r = try CLIRunner.run("/usr/bin/ogr2ogr", args, in: dir)
        #expect(r.status == 0, "ogr2ogr \(args): \(r.stderr)")
    }

    /// A store with the districts, then the parks and parcels of `files` imported; returns the store path.
    static func store(_ dir: URL, _ name: String, parks: [String], parcels: [String]) throws -> String {
        let store = dir.appendingPathComponent(name).path
        let units = try CLIRunner.run(CLIRunner.parkplan, ["import", "units", CLIRunner.geodata("units_districts.geojson"),
                                                           "--level", "district", "--id-field", "gso_code", "--store", store])
        #expect(units.status == 0, "\(units.stderr)")
        let p = try CLIRunner.run(CLIRunner.parkplan, ["import", "parks"] + parks + ["--store", store])
        #expect(p.status == 0, "\(p.stderr)")
        let q = try CLIRunner.run(CLIRunner.parkplan, ["import", "parcels"] + parcels + ["--store", store])
        #expect(q.status == 0, "\(q.stderr)")
        #expect(q.stdout.contains("imported 2500 parcels"), "\(q.stdout)")
        return store
    }

    /// The answers of each store, free of the day they were asked: the GeoJSON store's are
    /// worked out once, maybe before midnight in Vietnam, and the others' after it (a CI run
    /// once compared "as of today" across that midnight). Clearance is asked on a day after
    /// every recorded one, as "today" was. (On earlier days a Shapefile's answers differ, as
    /// they must: it has no clearance_history, so a parcel's record there is its status from
    /// its clearance_date on, without the steps before it; the import says so.)
    /// `overlaps` has no `--as-of`, so its `as_of` (today) is left out.
    static func answers(_ store: String) throws -> [String] {
        try [["clearance", "--by", "district", "--as-of", "2030-01-01"], ["overlaps", "--layer", "parcels"]].map {
            let r = try CLIRunner.run(CLIRunner.parkplan, $0 + ["--format", "json", "--store", store])
            #expect(r.status == 0, "\(r.stderr)")
            return r.stdout.replacingOccurrences(of: #""as_of":"[0-9-]{10}","#, with: "", options: .regularExpression, range: nil)
        }
    }

    /// Whether two JSON texts are the same but for numbers that agree to `relative` (1e-12).
    static func sameWithin(_ a: String, _ b: String, relative: Double = 1e-12, ignoring lost: Set<String> = []) throws -> Bool {
        func same(_ x: Any, _ y: Any) -> Bool {
            switch (x, y) {
            case let (x as [String: Any], y as [String: Any]):
                return x.keys.sorted() == y.keys.sorted() && x.allSatisfy { lost.contains($0.key) || same($0.value, y[$0.key]!) }
            case let (x as [Any], y as [Any]):
                return x.count == y.count && zip(x, y).allSatisfy { same($0, $1) }
            case let (x as String, y as String): return x == y
            case let (x as NSNumber, y as NSNumber):
                let u = x.doubleValue, v = y.doubleValue
                return abs(u - v) <= relative * max(1, abs(u), abs(v))
            case (is NSNull, is NSNull): return true
            default: return false
            }
        }
        let x = try JSONSerialization.jsonObject(with: Data(a.utf8)), y = try JSONSerialization.jsonObject(with: Data(b.utf8))
        return same(x, y)
    }

    /// The answers of the store imported from the GeoJSON (the export tests' source store,
    /// the same districts, parks and parcels), worked out once for every format.
    static let geoJSONAnswers: Result<[String], any Error> = Result { try answers(try GDALExportCLITests.source.get().1) }

    @Test(arguments: formats)
    func sameAnswersAsTheGeoJSON(_ format: Format) throws {
        let dir = try CLIRunner.scratch()
        for layer in ["parks", "parcels"] {
            let target = layer == "parks" ? format.parks : format.parcels
            try Self.ogr2ogr(format.ogr + (format.name == "GeoPackage" ? ["-nln", layer] : []) + [target, CLIRunner.geodata("\(layer).geojson")], in: dir)
        }
        let path = { (f: String) in dir.appendingPathComponent(f).path }
        let viaGDAL = try Self.store(dir, "gdal.gpkg", parks: [path(format.parks)] + format.parkArgs,
                                     parcels: [path(format.parcels)] + format.parcelArgs)
        let a = try Self.answers(viaGDAL), b = try Self.geoJSONAnswers.get()
        if format.exactNumbers {
            #expect(a[0] == b[0], "clearance differs for \(format)")
            #expect(a[1] == b[1], "overlaps differs for \(format)")
        } else {
            #expect(try Self.sameWithin(a[0], b[0], relative: format.relative, ignoring: format.lost), "clearance differs for \(format)")
            #expect(try Self.sameWithin(a[1], b[1], relative: format.relative), "overlaps differs for \(format)")
        }
        #expect(a[0].contains("\"parcels\":2500"))
    }

    /// CSV with x/y columns (X/Y as ogr2ogr writes them, or lon/lat): the infrastructure's
    /// points give the same coverage gaps as their GeoJSON.
    @Test(arguments: ["X,Y", "lon,lat"])
    func csvWithXYColumns(_ names: String) throws {
        let dir = try CLIRunner.scratch()
        let points = ["-where", "OGR_GEOMETRY='POINT'", CLIRunner.geodata("infrastructure.geojson")]
        try Self.ogr2ogr(["-f", "GeoJSON", "points.geojson"] + points, in: dir)
        try Self.ogr2ogr(["-f", "CSV", "-lco", "GEOMETRY=AS_XY", "points.csv"] + points, in: dir)
        let csv = dir.appendingPathComponent("points.csv")
        var text = try String(contentsOf: csv, encoding: .utf8)
        #expect(text.hasPrefix("X,Y,"))
        text = names + text.dropFirst(3)
        try text.write(to: csv, atomically: true, encoding: .utf8)
        var gaps: [String] = []
        for file in ["points.geojson", "points.csv"] {
            let store = dir.appendingPathComponent("\(file).gpkg").path
            let parks = try CLIRunner.run(CLIRunner.parkplan, ["import", "parks", CLIRunner.geodata("parks.geojson"), "--store", store])
            #expect(parks.status == 0, "\(parks.stderr)")
            let works = try CLIRunner.run(CLIRunner.parkplan, ["import", "infrastructure", dir.appendingPathComponent(file).path, "--store", store])
            #expect(works.status == 0, "\(works.stderr)")
            #expect(works.stdout.contains("imported 16 "), "\(works.stdout)")
            gaps.append(try CLIRunner.run(CLIRunner.parkplan, ["gaps", "--utility", "power", "--format", "json", "--store", store]).stdout)
        }
        #expect(gaps[0] == gaps[1])
        #expect(gaps[0].contains("\"gap_m2\""))
    }

    /// DGN (v7, as ogr2ogr writes it) and DXF hold geometry and no attributes: every
    /// polygon part is read, and the import is refused listing only the missing properties.
    @Test(arguments: ["DGN", "DXF"])
    func dgnAndDXFAreGeometryOnly(_ driver: String) throws {
        let dir = try CLIRunner.scratch()
        let name = "parks.\(driver.lowercased())"
        let r = try CLIRunner.run("/usr/bin/ogr2ogr", ["-f", driver, name, CLIRunner.geodata("parks.geojson")], in: dir)
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent(name).path), "\(r.stderr)")
        let store = dir.appendingPathComponent("s.gpkg").path
        let refused = try CLIRunner.run(CLIRunner.parkplan, ["import", "parks", dir.appendingPathComponent(name).path, "--store", store])
        #expect(refused.status == 1)
        // 13 polygon parts, each without id, name and kind; no geometry problem.
        #expect(refused.stderr.contains("39 problem(s)"), "\(refused.stderr)")
        #expect(refused.stderr.contains("\(name): 13 features: missing required property \"id\""), "\(refused.stderr)")
        #expect(!refused.stderr.contains("geometry"), "\(refused.stderr)")
        #expect(!FileManager.default.fileExists(atPath: store))
    }

    /// Shapefile names cut to 10 characters: the unambiguous ones are mapped and said so;
    /// the ambiguous clearance_date is one summary line with the --field to use.
    @Test func truncatedShapefileNamesAreMappedOrSummarised() throws {
        let dir = try CLIRunner.scratch()
        try Self.ogr2ogr(["-f", "ESRI Shapefile", "-lco", "ENCODING=UTF-8", "parcels.shp", CLIRunner.geodata("parcels.geojson")], in: dir)
        try Self.ogr2ogr(["-f", "ESRI Shapefile", "-lco", "ENCODING=UTF-8", "parks.shp", CLIRunner.geodata("parks.geojson")], in: dir)
        let store = dir.appendingPathComponent("s.gpkg").path
        let parks = try CLIRunner.run(CLIRunner.parkplan, ["import", "parks", dir.appendingPathComponent("parks.shp").path, "--store", store])
        #expect(parks.status == 0, "\(parks.stderr)")
        #expect(parks.stdout.contains(#"field "approved_a" read as "approved_area_ha""#), "\(parks.stdout)")
        let parcels = try CLIRunner.run(CLIRunner.parkplan, ["import", "parcels", dir.appendingPathComponent("parcels.shp").path, "--store", store])
        #expect(parcels.status != 0)
        #expect(parcels.stderr.contains(#"parcels.shp: 1 964 features: missing required property "clearance_date"; the file has clearance_: use --field clearance_date=clearance_"#),
                "\(parcels.stderr)")
        #expect(parcels.stderr.split(separator: "\n").count < 10)
        // The same mapping from a file (--field-map): comments and blank lines skipped.
        let map = dir.appendingPathComponent("parcels.fieldmap")
        try "# mapping\nclearance_date=clearance_\n\ncompensation_planned_vnd = compensati\ncompensation_paid_vnd=compensa_1\n"
            .write(to: map, atomically: true, encoding: .utf8)
        let mapped = try CLIRunner.run(CLIRunner.parkplan, ["import", "parcels", dir.appendingPathComponent("parcels.shp").path,
                                                            "--field-map", map.path, "--store", store])
        #expect(mapped.status == 0, "\(mapped.stderr)")
        #expect(mapped.stdout.contains("imported 2500 parcels"), "\(mapped.stdout)")
        // The history ogr2ogr kept as clearanc_1 (each value cut to 254 bytes) is not guessed: said so.
        #expect(mapped.stdout.contains(#""clearance_history" not read: the file has no field of that name, and "clearanc_1" may hold it"#),
                "\(mapped.stdout)")
        // A line that is not PROPERTY=FIELD is refused naming the file and the line.
        try "clearance_date=clearance_\nclearance_date\n".write(to: map, atomically: true, encoding: .utf8)
        let bad = try CLIRunner.run(CLIRunner.parkplan, ["import", "parcels", dir.appendingPathComponent("parcels.shp").path,
                                                         "--field-map", map.path, "--store", store, "--update"])
        #expect(bad.status == 1)
        #expect(bad.stderr.contains(#"parcels.fieldmap: field map line 2: "clearance_date" is not PROPERTY=FIELD"#), "\(bad.stderr)")
    }

    /// Each bad CRS is one message before any feature is read, and nothing is written;
    /// a pasted VN-2000 PROJ string without +type=crs is accepted.
    @Test(arguments: ["garbage", "EPSG:9999999"])
    func badCRSIsOneMessage(_ crs: String) throws {
        let dir = try CLIRunner.scratch()
        let store = dir.appendingPathComponent("s.gpkg").path
        let r = try CLIRunner.run(CLIRunner.parkplan, ["import", "parks", CLIRunner.geodata("parks.geojson"), "--crs", crs, "--store", store])
        #expect(r.status != 0)
        #expect(r.stderr.contains("1 problem"), "\(r.stderr)")
        #expect(r.stderr.contains("unknown CRS '\(crs)'"), "\(r.stderr)")
        #expect(!r.stderr.contains("feature"), "\(r.stderr)")
    }

    /// Data in one VN-2000 zone read as another lands in the sea or another province: the
    /// import is refused before anything is written, naming the zone that puts it inside
    /// the store's units (the CRS from --crs, or from the file's .prj).
    @Test func wrongVN2000ZoneIsRefusedNamingTheRightOne() throws {
        let dir = try CLIRunner.scratch()
        let store = dir.appendingPathComponent("s.gpkg").path
        let units = try CLIRunner.run(CLIRunner.parkplan, ["import", "units", CLIRunner.geodata("units_districts.geojson"),
                                                           "--level", "district", "--id-field", "gso_code", "--store", store])
        #expect(units.status == 0, "\(units.stderr)")
        let before = try Data(contentsOf: URL(fileURLWithPath: store))
        // UTM 48N coordinates read as TM-3 105-45 (the brief's case): about 80 km off, at sea.
        try Self.ogr2ogr(["-f", "ESRI Shapefile", "-lco", "ENCODING=UTF-8", "-t_srs", "EPSG:3405", "utm.shp", CLIRunner.geodata("parks.geojson")], in: dir)
        let utm = dir.appendingPathComponent("utm.shp").path
        let refused = try CLIRunner.run(CLIRunner.parkplan, ["import", "parks", utm, "--crs", "EPSG:9210", "--store", store])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("read as EPSG:9210 (VN-2000 / TM-3 105-45)"), "\(refused.stderr)")
        #expect(refused.stderr.contains("in the sea or another province"), "\(refused.stderr)")
        #expect(refused.stderr.contains("use --crs EPSG:3405"), "\(refused.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: store)) == before)
        // TM-3 105-45 data whose .prj says TM-3 107-00.
        try Self.ogr2ogr(["-f", "ESRI Shapefile", "-lco", "ENCODING=UTF-8", "-t_srs", "EPSG:9210", "right.shp",
                          CLIRunner.geodata("parks.geojson")], in: dir)
        try Self.ogr2ogr(["-f", "ESRI Shapefile", "-lco", "ENCODING=UTF-8", "-a_srs", "EPSG:9214", "tm3.shp", "right.shp"], in: dir)
        let tm3 = dir.appendingPathComponent("tm3.shp").path
        let fromFile = try CLIRunner.run(CLIRunner.parkplan, ["import", "parks", tm3, "--store", store])
        #expect(fromFile.status == 1)
        #expect(fromFile.stderr.contains("read as EPSG:9214") && fromFile.stderr.contains("use --crs EPSG:9210;"), "\(fromFile.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: store)) == before)
        // The zone named is right: the import it suggests goes through.
        let right = try CLIRunner.run(CLIRunner.parkplan, ["import", "parks", utm, "--crs", "EPSG:3405", "--store", store])
        #expect(right.status == 0, "\(right.stderr)")
        #expect(right.stdout.contains("imported 11 parks"), "\(right.stdout)")
    }

    @Test func pastedProjStringIsACRS() throws {
        let dir = try CLIRunner.scratch()
        try Self.ogr2ogr(["-f", "ESRI Shapefile", "-t_srs", "EPSG:9210", "parks.shp", CLIRunner.geodata("parks.geojson")], in: dir)
        let shp = dir.appendingPathComponent("parks.shp").path
        try FileManager.default.removeItem(atPath: dir.appendingPathComponent("parks.prj").path)
        let vn2000 = "+proj=tmerc +lat_0=0 +lon_0=105.75 +k=0.9999 +x_0=500000 +y_0=0 +ellps=WGS84 +towgs84=-191.90441429,-39.30318279,-111.45032835,-0.00928836,0.01975479,-0.00427372,0.252906278 +units=m +no_defs"
        let store = dir.appendingPathComponent("s.gpkg").path
        let r = try CLIRunner.run(CLIRunner.parkplan, ["import", "parks", shp, "--crs", vn2000, "--store", store])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("imported 11 parks"), "\(r.stdout)")
    }
}

/// Shapefiles whose text is in a legacy Vietnamese encoding (made with `iconv`, then
/// written byte for byte by ogr2ogr) import with the right names, NFC; without the
/// encoding the import is refused, never stored as mojibake.
@Suite struct LegacyEncodingCLITests {
    @Test(arguments: [("CP1258", "windows-1258", "Windows-1258"), ("TCVN5712-1", "tcvn3", "TCVN3"), ("VISCII", "viscii", "VISCII")])
    func legacyNamesImportAsUnicode(_ iconvName: String, _ option: String, _ label: String) throws {
        let dir = try CLIRunner.scratch()
        let csv = dir.appendingPathComponent("u.csv")
        try GDALImportCLITests.ogr2ogr(["-f", "CSV", "-lco", "GEOMETRY=AS_WKT", "-select", "id,name,name_en,kind,district",
                                        csv.path, CLIRunner.geodata("parks.geojson")], in: dir)
        let text = try String(contentsOf: csv, encoding: .utf8).replacingOccurrences(of: "–", with: "-")
        try text.write(to: csv, atomically: true, encoding: .utf8)
        let legacyCSV = dir.appendingPathComponent("legacy.csv")
        let sh = try CLIRunner.run("/bin/sh", ["-c", "iconv -f UTF-8 -t \(iconvName) u.csv > legacy.csv"], in: dir)
        #expect(sh.status == 0, "\(sh.stderr)")
        #expect(FileManager.default.fileExists(atPath: legacyCSV.path))
        try GDALImportCLITests.ogr2ogr(["-f", "ESRI Shapefile", "-lco", "ENCODING=", "-oo", "AUTODETECT_TYPE=YES", "-oo", "KEEP_GEOM_COLUMNS=NO",
                                        "-a_srs", "EPSG:4326", "legacy.shp", "legacy.csv"], in: dir)
        let shp = dir.appendingPathComponent("legacy.shp").path
        let refused = try CLIRunner.run(CLIRunner.parkplan, ["import", "parks", shp, "--store", dir.appendingPathComponent("n.gpkg").path])
        #expect(refused.status != 0)
        #expect(refused.stderr.contains(#"text of field "name" is not UTF-8"#), "\(refused.stderr)")
        // The one encoding under which the text reads as Vietnamese is named.
        #expect(refused.stderr.contains("looks like \(label); use --encoding \(option)"), "\(refused.stderr)")
        let store = dir.appendingPathComponent("s.gpkg").path
        let r = try CLIRunner.run(CLIRunner.parkplan, ["import", "parks", shp, "--encoding", option, "--store", store])
        #expect(r.status == 0, "\(r.stderr)")
        let names = try CLIRunner.run("/usr/bin/sqlite3", [store, "select name from parks"])
        #expect(names.stdout.contains("An Hòa\n"), "\(names.stdout)")
        #expect(names.stdout.contains("Nam Tràng Cát"), "\(names.stdout)")
        #expect(names.stdout.contains("Xuân Cầu"), "\(names.stdout)")
        #expect(names.stdout == names.stdout.precomposedStringWithCanonicalMapping)
        // Look-up without diacritics finds the decoded name (an unknown name is refused).
        let lookup = try CLIRunner.run(CLIRunner.parkplan, ["clearance", "--by", "park", "--park", "Xuan Cau", "--format", "json", "--store", store])
        #expect(lookup.status == 0, "\(lookup.stderr)")
    }
}
