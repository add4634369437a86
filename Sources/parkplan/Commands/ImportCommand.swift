import ArgumentParser
import Foundation
import Geo
import Planner
import PlannerApp

/// `parkplan import LAYER FILE`: reads a GeoJSON layer or a task table into the store,
/// all or nothing.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import a layer (GeoJSON) or a plan's task table into the store, all or nothing.",
        discussion: """
            LAYER is one of: parks, parcels, units, zones, infrastructure, tasks.
            Other vector formats (Shapefile, zipped Shapefile, GeoPackage, FileGDB, KML, DXF,
            DGN, FlatGeobuf, GML, CSV with WKT or x/y columns) are read through GDAL,
            recognised from the content; their CRS comes from the file (.prj, srs) unless --crs
            overrides it. Projected data that lands outside the store's units and parks while
            another VN-2000 zone would put it inside is refused naming the zone to use.
            GeoJSON is read as RFC 7946 (WGS 84 lon/lat) unless --crs says otherwise; geometry
            is stored in EPSG:9210. Any rejected feature refuses the whole file and lists
            every problem; the store is left as it was.
            """)

    @Argument(help: "The layer: parks, parcels, units, zones, infrastructure or tasks.")
    var layer: PlanningLayer

    @Argument(help: "The file to read.")
    var file: String

    @OptionGroup var storeOptions: StoreOptions

    @Option(help: "Source CRS of the coordinates, e.g. EPSG:9210 (default: the file's, else EPSG:4326).")
    var crs: String?

    @Option(help: "The property holding each feature's id (e.g. gso_code).")
    var idField: String = "id"

    @Option(help: "Level of an administrative layer: district, commune, ….")
    var level: UnitLevel?

    @Flag(help: "Repair invalid polygons with GEOS make-valid (reports the area each repair changed).")
    var repair = false

    @Option(name: .customLong("layer"), help: "The layer of a multi-layer source read through GDAL (a GeoPackage's table).")
    var sourceLayer: String?

    @Option(name: .customLong("field"), help: "PROPERTY=FIELD: read a property from a differently named field (repeatable), e.g. clearance_date=clearance_.")
    var fields: [String] = []

    @Option(name: .customLong("field-map"), help: "A file of PROPERTY=FIELD lines (# comments), as `export --format shp` writes beside a Shapefile (NAME.fieldmap); --field wins over it.")
    var fieldMap: String?

    @Option(help: "Text encoding of a file read through GDAL: windows-1258, tcvn3 (TCVN 5712), viscii (default: the .cpg, else UTF-8).")
    var encoding: String?

    @Flag(name: .customLong("through-gdal"), help: .hidden)
    var throughGDAL = false

    @Flag(help: "Replace the layer (for units: the levels in the file) instead of adding to it. Parcels are updated by id, never deleted: those the file no longer has are retired (--retire-on), every ledger entry kept.")
    var replace = false

    @Flag(help: "Parcels: update the parcels the file names by id (geometry, attributes) and add new ones; the clearance ledger is kept. A new parcel with parent_ids (a resurvey's split or merge) retires its parents on the --retire-on day and inherits their status.")
    var update = false

    @Option(name: .customLong("retire-on"), help: "Parcels: the day parcels leave the record (default today): with --replace those missing from the file; with --update or --replace the parents of a resurvey's parcels (parent_ids), the day of the resurvey.", transform: LocalDate.typed)
    var retireOn: LocalDate?

    func validate() throws {
        if update && replace { throw ValidationError("--update and --replace exclude each other") }
        if update && layer != .parcels { throw ValidationError("--update updates parcels by id; for \(layer) use --replace") }
        if retireOn != nil && !((replace || update) && layer == .parcels) {
            throw ValidationError("--retire-on goes with `import parcels --replace` or `--update`")
        }
        for f in fields where f.split(separator: "=").count != 2 {
            throw ValidationError("--field takes PROPERTY=FIELD, not '\(f)'")
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: file, isDirectory: &isDirectory) else { throw ValidationError("no such file: \(file)") }
        // A FileGDB is a folder (NAME.gdb) that GDAL reads; any other folder is a mistake.
        guard !isDirectory.boolValue || file.lowercased().hasSuffix(".gdb") || file.lowercased().hasSuffix(".gdb/") else {
            throw ValidationError("\(file) is a folder; give a file (GeoJSON, Shapefile, GeoPackage, …)")
        }
    }

    /// A pipe, FIFO or device (`/dev/stdin`) can be read only once, but the import reads
    /// its file more than once: such an input is copied whole to a temporary file first.
    /// Returns the file to import and the folder to remove afterwards.
    static func readable(_ file: String) throws -> (URL, URL?) {
        let url = URL(fileURLWithPath: file)
        let type = (try? FileManager.default.attributesOfItem(atPath: file)[.type] as? FileAttributeType) ?? nil
        guard type != .typeRegular, type != .typeDirectory else { return (url, nil) }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parkplan-input-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let copy = folder.appendingPathComponent(url.lastPathComponent)
        guard let input = FileHandle(forReadingAtPath: file) else { throw CLIError("cannot read \(file)") }
        defer { try? input.close() }
        FileManager.default.createFile(atPath: copy.path, contents: nil)
        guard let output = FileHandle(forWritingAtPath: copy.path) else { throw CLIError("cannot copy \(file) to \(copy.path)") }
        defer { try? output.close() }
        do {
            while let block = try input.read(upToCount: 1 << 20), !block.isEmpty { try output.write(contentsOf: block) }
        } catch {
            try? FileManager.default.removeItem(at: folder)
            throw CLIError("cannot read \(file): \(error.localizedDescription)")
        }
        return (copy, folder)
    }

    func run() throws {
        try reportingFailures {
            var options = ImportOptions(sourceCRS: crs.map(CRS.init), idField: idField,
                                        level: level, repair: repair)
            options.layerName = sourceLayer
            options.encoding = encoding
            options.throughGDAL = throughGDAL
            if let fieldMap { options.fieldMap = try FieldMapFile.read(fieldMap) }
            for f in fields {
                let parts = f.split(separator: "=", maxSplits: 1).map(String.init)
                options.fieldMap[parts[0]] = parts[1]
            }
            let progress = ProgressLine.shared
            let (input, scratch) = try Self.readable(file)
            defer { if let scratch { try? FileManager.default.removeItem(at: scratch) } }
            let report = try PlanningStores.importFile(input, as: layer, into: storeOptions.store, options: options,
                                                       mode: replace ? .replace : update ? .update : .add,
                                                       retireOn: retireOn, progress: progress.step)
            Terminal.say(ImportSummary(report: report, store: PlanningStores.describe(storeOptions.store)).text)
        }
    }
}
