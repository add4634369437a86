import Foundation
import GRDB

/// Writes a ``FeatureLayer`` as one new table of a GeoPackage file (created when missing),
/// in one transaction: a MultiPolygon table when every geometry is polygonal, else a
/// generic geometry table; EPSG:9210.
public enum FeatureLayerFile {
    /// Writes `layer` into the file at `path`; returns the table's name (the layer's name,
    /// numbered when taken) and the number of features written.
    /// - Throws: ``StoreError``.
    @discardableResult
    public static func write(_ layer: FeatureLayer, to path: String) throws -> (table: String, count: Int) {
        let gpkg = FileManager.default.fileExists(atPath: path) ? try GeoPackage.open(at: path) : try GeoPackage.create(at: path)
        let polygonal = layer.features.allSatisfy { $0.geometry.isPolygonal || $0.geometry.isEmpty }
        let columns = layer.columns.map { UserColumn($0.name, columnType($0.kind)) }
        let table = try gpkg.write { tx in
            try tx.addSpatialReference(.vn2000TM3)
            var name = layer.name
            var k = 2
            while try tx.reader.contents(of: name) != nil { name = "\(layer.name)_\(k)"; k += 1 }
            try tx.createFeatureTable(name: name, geometryType: polygonal ? .multiPolygon : .geometry, srsID: 9210,
                                      columns: columns, description: layer.description)
            try tx.insert(features: layer.features.map { f in
                DynamicFeature(geometry: polygonal ? StoredGeometry.multiPolygon(f.geometry) : f.geometry,
                               values: Dictionary(uniqueKeysWithValues: zip(columns, f.values).map { ($0.name, databaseValue($1)) }))
            }, into: name)
            return name
        }
        try gpkg.close()
        return (table, layer.features.count)
    }

    static func columnType(_ kind: FeatureLayer.ColumnKind) -> Database.ColumnType {
        switch kind {
        case .real: .real
        case .boolean: .boolean
        case .text: .text
        }
    }

    static func databaseValue(_ value: FeatureLayer.Value) -> DatabaseValue {
        switch value {
        case .null: .null
        case .real(let n): n.databaseValue
        case .boolean(let b): (b ? 1 : 0).databaseValue
        case .text(let s): s.databaseValue
        }
    }
}
