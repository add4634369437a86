import Foundation
import Geo
import GRDB

/// Read access to a GeoPackage, given by ``GeoPackage/read(_:)`` or
/// ``GeoPackageTransaction/reader``. Do not keep it beyond the closure.
public struct GeoPackageReader {
    let db: Database
    /// The file being read.
    public let path: String

    /// Every row of `gpkg_contents`, by table name.
    public func contents() throws -> [ContentsEntry] {
        try StoreError.converting(path: path, table: ContentsEntry.databaseTableName) {
            try ContentsEntry.order(sql: "table_name").fetchAll(db)
        }
    }

    /// The `gpkg_contents` row of `table`, or `nil` when it is not registered.
    public func contents(of table: String) throws -> ContentsEntry? {
        try StoreError.converting(path: path, table: table) { try ContentsEntry.fetchOne(db, key: table) }
    }

    /// Every row of `gpkg_spatial_ref_sys`, by srs_id.
    public func spatialReferences() throws -> [SpatialReference] {
        try StoreError.converting(path: path, table: SpatialReference.databaseTableName) {
            try SpatialReference.order(sql: "srs_id").fetchAll(db)
        }
    }

    /// The number of rows in `table`.
    public func count(in table: String) throws -> Int {
        try StoreError.converting(path: path, table: table) {
            try Int.fetchOne(db, sql: "SELECT count(*) FROM \(try SQLName(table).quoted)") ?? 0
        }
    }

    /// Every row of a feature or attribute table, by fid. O(n) in the table's size.
    public func features(in table: String) throws -> [StoredFeature] {
        try StoreError.converting(path: path, table: table) {
            let schema = try TableSchema.load(db, table: table)
            return try fetch(schema, sql: "SELECT \(selectList(schema)) FROM \(schema.name.quoted) ORDER BY 1")
        }
    }

    /// The rows of `table` matching an SQL condition on its columns (`"parcel_id = ?"`),
    /// by fid. The condition is the caller's SQL: pass values as `arguments`, never inline.
    public func features(in table: String, where condition: String, arguments: StatementArguments) throws -> [StoredFeature] {
        try StoreError.converting(path: path, table: table) {
            let schema = try TableSchema.load(db, table: table)
            return try fetch(schema, sql: "SELECT \(selectList(schema)) FROM \(schema.name.quoted) WHERE \(condition) ORDER BY 1",
                             arguments: arguments)
        }
    }

    /// The features of `table` whose geometry envelope intersects `box` (closed intervals,
    /// in the table's SRS units), by fid, found through the `rtree_<t>_geom` index.
    /// Candidates are checked against the exact envelope in the blob header, so the
    /// R-tree's float32 rounding adds no false hits. O(log n + k).
    /// - Throws: ``StoreError`` (`.schema`) when `table` has no geometry column or R-tree.
    public func features(in table: String, intersecting box: Envelope) throws -> [StoredFeature] {
        try StoreError.converting(path: path, table: table) {
            let schema = try TableSchema.load(db, table: table)
            guard let g = schema.geometry else {
                throw StoreError(.schema, message: "not a feature table: no geometry column")
            }
            let rtree = RTreeIndex(table: schema.name, column: g.column, idColumn: schema.idColumn)
            guard try db.tableExists(rtree.name) else {
                throw StoreError(.schema, message: "no spatial index \(rtree.name)")
            }
            let sql = """
                SELECT \(selectList(schema)) FROM \(schema.name.quoted) t
                JOIN "\(rtree.name)" r ON t.\(schema.idColumn.quoted) = r.id
                WHERE r.minx <= ? AND r.maxx >= ? AND r.miny <= ? AND r.maxy >= ?
                ORDER BY 1
                """
            let found = try fetch(schema, sql: sql, arguments: [box.maxX, box.minX, box.maxY, box.minY])
            return found.filter { $0.geometry?.planarEnvelope?.intersects(box) ?? false }
        }
    }

    private func selectList(_ schema: TableSchema) -> String {
        var cols = [schema.idColumn.quoted]
        cols.append(schema.geometry?.column.quoted ?? "NULL")
        cols += schema.columns.map { "\"\($0.name)\"" }
        return cols.joined(separator: ", ")
    }

    private func fetch(_ schema: TableSchema, sql: String, arguments: StatementArguments = []) throws -> [StoredFeature] {
        let rows = try Row.fetchCursor(db, sql: sql, arguments: arguments)
        var out: [StoredFeature] = []
        while let row = try rows.next() {
            let geometry = try row.withUnsafeData(atIndex: 1) { blob in
                try blob.map { try GeoPackageBinary.decode($0).geometry }
            }
            var attributes: [String: ColumnValue] = [:]
            for (i, c) in schema.columns.enumerated() {
                attributes[c.name] = ColumnValue(row[i + 2] as DatabaseValue, type: c.type)
            }
            out.append(StoredFeature(fid: row[0], geometry: geometry, attributes: attributes))
        }
        return out
    }
}
