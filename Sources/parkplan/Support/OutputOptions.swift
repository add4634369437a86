import ArgumentParser
import Foundation
import Geo
import Planner
import PlannerApp
import PlannerPresentation
import PlannerApp
import PlannerStore

/// How a query's answer is written: text formats, or a file GDAL writes (the rows'
/// features, as `export --format` writes a layer).
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, geojson, csv, gpkg, shp, kml, dxf, fgb

    /// The GDAL format of the vector file formats.
    var vectorFormat: VectorFileFormat? { VectorFileFormat(rawValue: rawValue) }
}

/// The output options every query shares.
struct OutputOptions: ParsableArguments {
    @Option(help: "Output format: table, json, geojson, csv, or a file through GDAL: gpkg, shp, kml, dxf, fgb (with -o).")
    var format: OutputFormat = .table

    @Option(name: [.short, .long], help: "Write to this file instead of standard output.")
    var output: String?

    @Option(help: "Also write the result's features to this GeoPackage (for QGIS).")
    var gpkg: String?

    @Option(help: "Decimal places of degrees in GeoJSON (0–15; 7 ≈ 1 cm).")
    var precision: Int = 7

    func validate() throws {
        guard (0...15).contains(precision) else { throw ValidationError("--precision must be between 0 and 15") }
        if format.vectorFormat != nil && output == nil {
            throw ValidationError("--format \(format.rawValue) writes a file, not standard output: give it with -o FILE.\(format.rawValue)")
        }
    }

    /// Writes `result` as asked; `tableColumns` picks the columns shown in a terminal table.
    func emit(_ result: ResultTable, tableColumns: [String]? = nil, footer: String? = nil) throws {
        ProgressLine.shared.done()
        if !result.mappable && (format == .geojson || format.vectorFormat != nil || gpkg != nil) {
            // A usage error (exit 64): the rows have no geometry, so no features to write.
            Terminal.error("error: \(gpkg != nil && format != .geojson && format.vectorFormat == nil ? "--gpkg" : "--format \(format.rawValue)"): `\(result.query)` rows have no geometry"
                           + " to map; use --format table, json or csv")
            throw ExitCode.validationFailure
        }
        if let gpkg { try ExportSink.refuseStore(gpkg) }
        if let vector = format.vectorFormat, let output {
            for file in try VectorFileOutput(format: vector).write(result.features(), to: output, layer: result.query) {
                Terminal.error("wrote \(file.count) features to \(file.path)")
                ExportLayers.notes(file, format: vector).forEach { Terminal.error("  \($0)") }
            }
        } else {
            try emitText(result, tableColumns: tableColumns, footer: footer)
        }
        if let gpkg {
            let n = try ResultGeoPackage.write(result, to: gpkg)
            Terminal.error("wrote \(n) features to \(gpkg)")
        }
    }

    /// Writes `result` as text (table, JSON, CSV, GeoJSON) to the output.
    private func emitText(_ result: ResultTable, tableColumns: [String]?, footer: String?) throws {
        let sink = try output.map { try ExportSink(path: $0) } ?? ExportSink()
        switch format {
        case .table:
            sink.write(result.text(columns: tableColumns) + "\n")
            if let footer { sink.write(footer + "\n") }
        case .json: sink.write(result.jsonDocument())
        case .csv: sink.write(result.csv())
        case .geojson: try GeoJSONExporter(precision: precision).write(result.features(), to: sink, name: result.query)
        case .gpkg, .shp, .kml, .dxf, .fgb: break
        }
        try sink.close()
    }
}
