import GRDB

/// What a user table looks like, read from `PRAGMA table_info` and `gpkg_geometry_columns`:
/// enough to write and read its rows.
struct TableSchema: Sendable {
    /// The table name.
    let name: SQLName
    /// The integer primary key column ("fid" for tables this module creates).
    let idColumn: SQLName
    /// The geometry column and its SRS, `nil` for attribute tables.
    let geometry: (column: SQLName, srsID: Int32)?
    /// The user columns in table order (primary key and geometry excluded); columns whose
    /// declared type is not a GeoPackage one (BLOB…) are left out.
    let columns: [Column]

    /// Reads the schema of `table`.
    /// - Throws: ``StoreError`` (`.schema`) when the table does not exist or has no
    ///   integer primary key.
    static func load(_ db: Database, table: String) throws -> TableSchema {
        let name = try SQLName(table)
        let info = try Row.fetchAll(db, sql: "PRAGMA table_info(\(name.quoted))")
        guard !info.isEmpty else { throw StoreError(.schema, table: table, message: "no such table") }
        let geometryEntry = try GeometryColumnEntry
            .filter(sql: "table_name = ?", arguments: [table]).fetchOne(db)
        var id: SQLName?
        var columns: [Column] = []
        for row in info {
            let colName: String = row["name"]
            let type: String = row["type"]
            let pk: Int = row["pk"]
            if pk == 1, type.uppercased() == "INTEGER" { id = try SQLName(colName); continue }
            if colName == geometryEntry?.columnName { continue }
            guard let t = ColumnType(declaredType: type) else { continue }
            columns.append(Column(colName, t, notNull: row["notnull"] as Int == 1))
        }
        guard let id else {
            throw StoreError(.schema, table: table, message: "table has no INTEGER PRIMARY KEY column")
        }
        let geometry = try geometryEntry.map { (column: try SQLName($0.columnName), srsID: $0.srsID) }
        return TableSchema(name: name, idColumn: id, geometry: geometry, columns: columns)
    }
}
