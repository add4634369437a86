import ArgumentParser
import Foundation
import Planner
import PlannerPresentation
import PlannerStore

/// `parkplan export`: layers as RFC 7946 GeoJSON (or GeoJSONSeq) for QGIS, geojson.io,
/// Leaflet and kepler.gl.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export layers as RFC 7946 GeoJSON (WGS 84 lon/lat), styled for geojson.io.")

    @Option(help: "The layer: parks, parcels, units, zones, infrastructure, or all (one file each).")
    var layer: String = "all"

    @Option(help: "Parcels' clearance status as of this day (YYYY-MM-DD; default today).")
    var asOf: String?

    @Flag(help: "Write GeoJSONSeq (one feature per line), streamed.")
    var seq = false

    @Option(help: "Decimal places of degrees (7 ≈ 1 cm).")
    var precision: Int = 7

    @Option(name: [.short, .long], help: "Output file (one layer; default standard output) or folder (all; default export/).")
    var output: String?

    @OptionGroup var storeOptions: StoreOptions

    func validate() throws {
        guard layer == "all" || ["parks", "parcels", "units", "zones", "infrastructure"].contains(layer) else {
            throw ValidationError("unknown layer '\(layer)'; use parks, parcels, units, zones, infrastructure or all")
        }
        guard (0...15).contains(precision) else { throw ValidationError("--precision must be between 0 and 15") }
        if let asOf { do { _ = try LocalDate(iso: asOf) } catch { throw ValidationError("\(error)") } }
    }

    func run() throws {
        try reportingFailures {
            let store = try storeOptions.open()
            let date = try asOf.map { try LocalDate(iso: $0) } ?? LocalDate.today
            let exporter = GeoJSONExporter(precision: precision, sequence: seq)
            let ext = seq ? "geojsonl" : "geojson"
            let layers = layer == "all" ? ["parks", "parcels", "units", "zones", "infrastructure"] : [layer]
            let folder = layer == "all" ? (output ?? "export") : nil
            if let folder { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
            for name in layers {
                // One layer without -o goes to standard output, as every query's answer does.
                let path = folder.map { ($0.hasSuffix("/") ? $0 : $0 + "/") + "\(name).\(ext)" } ?? output
                let count: Int
                if name == "parcels", let streamed = try LayerExport.streamParcels(store, asOf: date, exporter: exporter, path: path) {
                    count = streamed
                } else {
                    let features = try LayerExport.features(name, store: store, asOf: date)
                    let sink = try path.map(ExportSink.init(path:)) ?? ExportSink()
                    try exporter.write(features, to: sink, name: name)
                    try sink.close()
                    count = features.count
                }
                if let path { print("wrote \(path) (\(count) features)") } else { Terminal.error("wrote \(count) features") }
            }
        }
    }
}

/// The export features of a stored layer. Parcels stream from the store in batches;
/// the other layers (a city's parks, units, zones and works: small) are read whole.
enum LayerExport {
    /// Streams the parcels layer to `path` (`nil`: standard output); returns the count, or `nil` (nothing written)
    /// when the store cannot give the parcels in id order and they must be read whole.
    static func streamParcels(_ store: PlanningStore, asOf: LocalDate, exporter: GeoJSONExporter, path: String?) throws -> Int? {
        try store.streamParcels(asOf: asOf) { next in
            let sink = try path.map(ExportSink.init(path:)) ?? ExportSink()
            let count = try exporter.write(batches: next, feature: { row in ExportFeature.parcel(try row.record(), asOf: asOf) },
                                           to: sink, name: "parcels")
            try sink.close()
            return count
        }
    }

    static func features(_ layer: String, store: PlanningStore, asOf: LocalDate) throws -> [ExportFeature] {
        switch layer {
        case "parks": return try store.parks().map { ExportFeature.park($0) }
        case "parcels": return try store.parcels().map { ExportFeature.parcel($0, asOf: asOf) }
        case "units": return try store.units().map(ExportFeature.unit)
        case "zones": return try store.zones().map(ExportFeature.zone)
        default: return try store.works().map(ExportFeature.work)
        }
    }
}
