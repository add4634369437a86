import Geo
import GRDB

/// A row of a table whose columns are known only at run time (a query's result layer,
/// ``ResultGeoPackage``): its geometry, in the table's SRS, and its values by column
/// name. Columns left out are written as NULL.
public struct DynamicFeature: Sendable {
    /// The geometry in the table's SRS units (metres for EPSG:9210); `nil` for none and
    /// always `nil` for attribute tables.
    public var geometry: Geometry?
    /// Values by column name.
    public var values: [String: DatabaseValue]

    /// Creates a row to write.
    public init(geometry: Geometry?, values: [String: DatabaseValue] = [:]) {
        self.geometry = geometry
        self.values = values
    }
}

extension GeoPackageTransaction {
    /// Inserts `features` into feature or attribute table `table` through one cached
    /// statement over every user column, then keeps `gpkg_contents` (bounds, last_change).
    /// Geometries are written as GeoPackage blobs in the table's SRS. All or nothing (a
    /// savepoint). O(n) in the total vertex count.
    /// - Throws: ``StoreError``: `.schema` for an unknown table, `.invalidInput` for an
    ///   unknown column or a geometry for an attribute table; `.database` for SQLite's refusals.
    public func insert(features: [DynamicFeature], into table: String) throws {
        try StoreError.converting(path: path, table: table) {
            let name = try Self.plainName(table)
            guard try db.tableExists(name) else { throw StoreError(.schema, message: "no such table") }
            let geometryColumn = try GeometryColumnEntry.filter(Column("table_name") == name).fetchOne(db)
            let columns = try db.columns(in: name).map(\.name).filter { $0 != "fid" && $0 != geometryColumn?.columnName }
            let index = Dictionary(uniqueKeysWithValues: columns.enumerated().map { ($1, $0) })
            let all = (geometryColumn.map { [$0.columnName] } ?? []) + columns
            let statement = try db.cachedStatement(sql: """
                INSERT INTO "\(name)" (\(all.map { "\"\($0)\"" }.joined(separator: ", "))) \
                VALUES (\(all.map { _ in "?" }.joined(separator: ", ")))
                """)
            try db.inSavepoint {
                var contents = FeatureTableContents(name, self)
                for f in features {
                    var values = [DatabaseValue](repeating: .null, count: columns.count)
                    for (key, value) in f.values {
                        guard let i = index[key] else { throw StoreError(.invalidInput, message: "no column '\(key)'") }
                        values[i] = value
                    }
                    if let g = geometryColumn {
                        let blob = f.geometry.map { GeoPackageGeometry($0, srsID: g.srsID) }
                        contents.include(blob)
                        values.insert(blob?.databaseValue ?? .null, at: 0)
                    } else if f.geometry != nil {
                        throw StoreError(.invalidInput, message: "attribute table rows cannot have a geometry")
                    }
                    try statement.execute(arguments: StatementArguments(values))
                }
                try contents.finish()
                return .commit
            }
        }
    }
}
