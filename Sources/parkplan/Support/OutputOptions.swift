import ArgumentParser
import Foundation
import Planner
import PlannerPresentation
import PlannerStore

/// How a query's answer is written.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, geojson, csv
}

/// The output options every query shares.
struct OutputOptions: ParsableArguments {
    @Option(help: "Output format: table, json, geojson or csv.")
    var format: OutputFormat = .table

    @Option(name: [.short, .long], help: "Write to this file instead of standard output.")
    var output: String?

    @Option(help: "Also write the result's features to this GeoPackage (for QGIS).")
    var gpkg: String?

    @Option(help: "Decimal places of degrees in GeoJSON (0–15; 7 ≈ 1 cm).")
    var precision: Int = 7

    func validate() throws {
        guard (0...15).contains(precision) else { throw ValidationError("--precision must be between 0 and 15") }
    }

    /// Writes `result` as asked; `tableColumns` picks the columns shown in a terminal table.
    func emit(_ result: ResultTable, tableColumns: [String]? = nil, footer: String? = nil) throws {
        ProgressLine.shared.done()
        if !result.mappable && (format == .geojson || gpkg != nil) {
            // A usage error (exit 64): the rows have no geometry, so no features to write.
            Terminal.error("error: \(format == .geojson ? "--format geojson" : "--gpkg"): `\(result.query)` rows have no geometry"
                           + " to map; use --format table, json or csv")
            throw ExitCode.validationFailure
        }
        if let gpkg { try ExportSink.refuseStore(gpkg) }
        let sink = try output.map { try ExportSink(path: $0) } ?? ExportSink()
        switch format {
        case .table:
            sink.write(result.text(columns: tableColumns) + "\n")
            if let footer { sink.write(footer + "\n") }
        case .json: sink.write(result.jsonDocument())
        case .csv: sink.write(result.csv())
        case .geojson: try GeoJSONExporter(precision: precision).write(result.features(), to: sink, name: result.query)
        }
        try sink.close()
        if let gpkg {
            let n = try ResultGeoPackage.write(result, to: gpkg)
            Terminal.error("wrote \(n) features to \(gpkg)")
        }
    }
}
