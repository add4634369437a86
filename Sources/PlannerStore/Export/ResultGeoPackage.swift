import Foundation
import GRDB
import Planner
import PlannerPresentation

/// Writes a query's features into a GeoPackage layer for QGIS: one table named after the
/// query (a numbered name when taken), columns typed from the values, geometry in EPSG:9210.
public enum ResultGeoPackage {
    /// Writes the rows that have geometry into table `table` (default: the query's name);
    /// returns how many. Creates the file when missing.
    public static func write(_ result: ResultTable, to path: String, table: String? = nil) throws -> Int {
        let gpkg = FileManager.default.fileExists(atPath: path) ? try GeoPackage.open(at: path) : try GeoPackage.create(at: path)
        let rows = result.rows.filter { $0.geometry != nil }
        let polygonal = rows.allSatisfy { $0.geometry!.isPolygonal || $0.geometry!.isEmpty }
        let columns = result.columns.enumerated().map { i, name in
            UserColumn(name, columnType(rows.lazy.map { $0.values[i] }.first { $0 != .null }))
        }
        try gpkg.write { tx in
            try tx.addSpatialReference(.vn2000TM3)
            let base = (table ?? result.query).replacingOccurrences(of: "-", with: "_")
            var name = base
            var k = 2
            while try tx.reader.contents(of: name) != nil { name = "\(base)_\(k)"; k += 1 }
            try tx.createFeatureTable(name: name, geometryType: polygonal ? .multiPolygon : .geometry, srsID: 9210,
                                      columns: columns, description: "ParkPlanner \(result.query)" + (result.asOf.map { " as of \($0)" } ?? ""))
            try tx.insert(features: rows.map { r in
                DynamicFeature(geometry: polygonal ? StoredGeometry.multiPolygon(r.geometry!) : r.geometry,
                               values: Dictionary(uniqueKeysWithValues: zip(columns, r.values).map { ($0.name, value($1, $0.type)) }))
            }, into: name)
        }
        return rows.count
    }

    static func columnType(_ sample: AttributeValue?) -> Database.ColumnType {
        switch sample {
        case .number: .real
        case .bool: .boolean
        default: .text
        }
    }

    /// The value as the column stores it: numbers REAL, booleans 0/1, anything else
    /// (or a value not of the column's type) as text, JSON for arrays and objects.
    static func value(_ v: AttributeValue, _ type: Database.ColumnType) -> DatabaseValue {
        switch (v, type) {
        case (.null, _): .null
        case (.number(let n), .real): n.databaseValue
        case (.bool(let b), .boolean): (b ? 1 : 0).databaseValue
        case (.string(let s), .text): s.databaseValue
        default: JSONText.value(v).databaseValue
        }
    }
}
