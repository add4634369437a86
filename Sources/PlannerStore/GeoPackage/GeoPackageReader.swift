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
            try Int.fetchOne(db, sql: "SELECT count(*) FROM \"\(try GeoPackageTransaction.plainName(table))\"") ?? 0
        }
    }
}
