import Foundation
import Planner
import PlannerPresentation
import PlannerStore

/// Writing the demo's results: GeoJSON (RFC 7946), CSV, JSON and the results GeoPackage.
extension DemoJob {
    /// Mission parks first, the others after in id order.
    func ordered(_ t: ResultTable) -> ResultTable {
        var copy = t
        copy.rows.sort { a, b in
            let ia = Self.missionParks.firstIndex(of: a.id) ?? Int.max, ib = Self.missionParks.firstIndex(of: b.id) ?? Int.max
            return ia != ib ? ia < ib : a.id < b.id
        }
        return copy
    }

    /// Writes a result's features as GeoJSON and into results.gpkg, and its rows as CSV.
    func write(_ t: ResultTable, _ name: String, _ outputs: inout [String]) throws {
        let sink = try ExportSink(path: path(name + ".geojson"))
        try GeoJSONExporter().write(t.features(), to: sink, name: name)
        try sink.close()
        _ = try ResultGeoPackage.write(t, to: path("results.gpkg"), table: name)
        outputs.append(path(name + ".geojson"))
        try writeTable(t, name, &outputs)
    }

    /// Writes a result's rows as CSV and JSON.
    func writeTable(_ t: ResultTable, _ name: String, _ outputs: inout [String]) throws {
        try t.csv().write(toFile: path(name + ".csv"), atomically: true, encoding: .utf8)
        try (t.json() + "\n").write(toFile: path(name + ".json"), atomically: true, encoding: .utf8)
        outputs.append(path(name + ".csv"))
    }
}
