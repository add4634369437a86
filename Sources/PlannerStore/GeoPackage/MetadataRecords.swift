import GRDB

extension ContentsEntry: FetchableRecord, PersistableRecord {
    /// `gpkg_contents`.
    public static let databaseTableName = "gpkg_contents"
}

extension GeometryColumnEntry: FetchableRecord, PersistableRecord {
    static let databaseTableName = "gpkg_geometry_columns"
}

extension ExtensionEntry: FetchableRecord, PersistableRecord {
    static let databaseTableName = "gpkg_extensions"
}
