import ArgumentParser
import Foundation
import Planner
import PlannerApp
import PlannerPresentation

/// `parkplan export`: layers as RFC 7946 GeoJSON (or GeoJSONSeq) for QGIS, geojson.io,
/// Leaflet and kepler.gl.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export layers as RFC 7946 GeoJSON (WGS 84 lon/lat), styled for geojson.io.")

    @Option(help: "The layer: parks, parcels, units, zones, infrastructure, or all (one file each).")
    var layer: String = "all"

    @Option(help: "Parcels' clearance status as of this day (YYYY-MM-DD; default today).", transform: LocalDate.typed)
    var asOf: LocalDate?

    @Flag(help: "Write GeoJSONSeq (one feature per line), streamed.")
    var seq = false

    @Option(help: "Decimal places of degrees (7 ≈ 1 cm).")
    var precision: Int = 7

    @Option(name: [.short, .long], help: "Output file (one layer; default standard output) or folder (all; default export/).")
    var output: String?

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var recorded: AsRecordedOption

    func validate() throws {
        guard layer == "all" || ExportLayers.layerNames.contains(layer) else {
            throw ValidationError("unknown layer '\(layer)'; use parks, parcels, units, zones, infrastructure or all")
        }
        guard (0...15).contains(precision) else { throw ValidationError("--precision must be between 0 and 15") }
    }

    func run() throws {
        try reportingFailures {
            let export = ExportLayers(layer: layer, asOf: asOf ?? .today, sequence: seq, precision: precision, output: output)
            try export.run(storeOptions.open(asRecorded: recorded.moment)) { path, count in
                if let path { Terminal.say("wrote \(path) (\(count) features)") } else { Terminal.error("wrote \(count) features") }
            }
        }
    }
}
