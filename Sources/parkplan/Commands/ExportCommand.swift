import ArgumentParser
import Foundation
import Planner
import PlannerApp
import PlannerPresentation

/// `parkplan export`: layers as RFC 7946 GeoJSON (or GeoJSONSeq) for QGIS, geojson.io,
/// Leaflet and kepler.gl, or as GeoPackage, Shapefile, KML, DXF or FlatGeobuf through GDAL.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export layers as RFC 7946 GeoJSON (WGS 84 lon/lat), styled for geojson.io, or through GDAL.",
        discussion: """
            --format gpkg, shp, fgb and dxf write EPSG:9210 (VN-2000 / TM-3 105-45, metres), kml
            WGS 84 lon/lat. A parcel's clearance_history (its whole ledger) is JSON text there, so
            `import parcels` reads it back. A Shapefile shortens names to 10 characters (the mapping
            goes beside it as NAME.fieldmap, for import --field-map) and holds 254 bytes of text:
            longer histories are left out and counted. DXF keeps geometry only.
            """)

    @Option(help: "The layer: parks, parcels, units, zones, infrastructure, or all (one file each).")
    var layer: String = "all"

    @Option(help: "Parcels' clearance status as of this day (YYYY-MM-DD; default today).", transform: LocalDate.typed)
    var asOf: LocalDate?

    @Option(help: "Output format: geojson, geojsonseq, gpkg, shp, kml, dxf or fgb.")
    var format: ExportFormat = .geojson

    @Flag(help: "Write GeoJSONSeq (one feature per line), streamed (as --format geojsonseq).")
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
        if seq && format != .geojson && format != .geojsonseq { throw ValidationError("--seq goes with GeoJSON, not --format \(format.rawValue)") }
        if layer != "all" && output == nil && !format.streamsToStandardOutput {
            throw ValidationError("--format \(format.rawValue) writes a file, not standard output: give it with -o FILE.\(format.fileExtension)")
        }
    }

    func run() throws {
        try reportingFailures {
            let export = ExportLayers(layer: layer, asOf: asOf ?? .today, format: format, sequence: seq, precision: precision, output: output)
            try export.run(storeOptions.open(asRecorded: recorded.moment), wrote: { path, count in
                if let path { Terminal.say("wrote \(path) (\(count) features)") } else { Terminal.error("wrote \(count) features") }
            }, noted: { Terminal.say("  \($0)") })
        }
    }
}
