import GRDB

extension GeoPackageTransaction {
    /// Inserts `records` into their table (GRDB's `insert`, one cached statement), then
    /// widens the table's `gpkg_contents` bounds to cover their geometries and stamps
    /// `last_change`. The R-tree is kept by the spec's triggers (whose `ST_*` calls read
    /// the envelope from the blob header).
    ///
    /// All or nothing: runs in a savepoint, so on error none of `records` is kept and
    /// earlier work in the transaction is untouched. O(n) in the total vertex count.
    /// - Throws: ``StoreError`` naming the file and table.
    func insert<S: Sequence>(_ records: S) throws where S.Element: GeoPackageRecord {
        let table = S.Element.databaseTableName
        try StoreError.converting(path: path, table: table) {
            try db.inSavepoint {
                var contents = FeatureTableContents(table, self)
                for record in records {
                    contents.include(record.geometryValue)
                    try record.insert(db)
                }
                try contents.finish()
                return .commit
            }
        }
    }
}
