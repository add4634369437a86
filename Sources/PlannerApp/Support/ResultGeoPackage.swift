import Foundation
import Planner
import PlannerPresentation
import PlannerStore

/// A query's features as a GeoPackage layer for QGIS: one table named after the query
/// (a numbered name when taken), columns typed from the values, geometry in EPSG:9210.
public enum ResultGeoPackage {
    /// Writes the rows that have geometry into table `table` (default: the query's name);
    /// returns how many. Creates the file when missing.
    /// - Throws: `StoreError`.
    public static func write(_ result: ResultTable, to path: String, table: String? = nil) throws -> Int {
        try FeatureLayerFile.write(layer(result, table: table), to: path).count
    }

    /// The layer written: each column's kind from its first non-null value (numbers REAL,
    /// booleans BOOLEAN, anything else TEXT); a value not of its column's kind is written as
    /// text (JSON for arrays and objects).
    static func layer(_ result: ResultTable, table: String?) -> FeatureLayer {
        let rows = result.rows.filter { $0.geometry != nil }
        let kinds = result.columns.indices.map { i in kind(rows.lazy.map { $0.values[i] }.first { $0 != .null }) }
        return FeatureLayer(
            name: (table ?? result.query).replacingOccurrences(of: "-", with: "_"),
            description: "ParkPlanner \(result.query)" + (result.asOf.map { " as of \($0)" } ?? ""),
            columns: Array(zip(result.columns, kinds)).map { (name: $0, kind: $1) },
            features: rows.map { r in
                FeatureLayer.Feature(geometry: r.geometry!, values: zip(r.values, kinds).map { value($0, $1) })
            })
    }

    static func kind(_ sample: AttributeValue?) -> FeatureLayer.ColumnKind {
        switch sample {
        case .number: .real
        case .bool: .boolean
        default: .text
        }
    }

    static func value(_ v: AttributeValue, _ kind: FeatureLayer.ColumnKind) -> FeatureLayer.Value {
        switch (v, kind) {
        case (.null, _): .null
        case (.number(let n), .real): .real(n)
        case (.bool(let b), .boolean): .boolean(b)
        case (.string(let s), .text): .text(s)
        default: .text(JSONText.value(v))
        }
    }
}
