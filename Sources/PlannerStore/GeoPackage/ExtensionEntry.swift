/// A row of `gpkg_extensions`: an extension used by a table column (GeoPackage 1.4, §2.3.2).
struct ExtensionEntry: Hashable, Sendable, Codable {
    var tableName: String?
    var columnName: String?
    var extensionName: String
    var definition: String
    /// "read-write" or "write-only".
    var scope: String

    enum CodingKeys: String, CodingKey {
        case tableName = "table_name", columnName = "column_name"
        case extensionName = "extension_name", definition, scope
    }

    /// The `gpkg_rtree_index` row for a geometry column.
    static func rtree(table: String, column: String) -> ExtensionEntry {
        ExtensionEntry(
            tableName: table, columnName: column, extensionName: "gpkg_rtree_index",
            definition: "http://www.geopackage.org/spec/#extension_rtree", scope: "write-only")
    }
}
