import GRDB

/// The handle passed to ``GeoPackage/write(_:)``: every change made through it belongs to
/// one SQLite transaction that commits when the closure returns and rolls back, leaving
/// the file exactly as before, when it throws. Do not keep it beyond the closure.
public struct GeoPackageTransaction {
    let db: Database
    /// The file being written.
    public let path: String

    init(db: Database, path: String) {
        self.db = db
        self.path = path
    }

    /// Reads inside this transaction (sees its uncommitted changes).
    public var reader: GeoPackageReader { GeoPackageReader(db: db, path: path) }

    /// Adds a row to `gpkg_spatial_ref_sys`, or does nothing when `srs.srsID` is already there.
    public func addSpatialReference(_ srs: SpatialReference) throws {
        try StoreError.converting(path: path, table: SpatialReference.databaseTableName) {
            try srs.insert(db, onConflict: .ignore)
        }
    }

    /// Creates a feature table `name` with `fid INTEGER PRIMARY KEY AUTOINCREMENT`, a `geom`
    /// BLOB column of `geometryType` in SRS `srsID`, and `columns`; registers it in
    /// `gpkg_contents` (data_type "features", empty bounds) and `gpkg_geometry_columns`,
    /// and creates the `rtree_<name>_geom` spatial index with its triggers and its
    /// `gpkg_extensions` row.
    /// - Throws: ``StoreError``: `.invalidInput` for a bad or reserved name or a duplicate
    ///   column, `.schema` when `srsID` is not in `gpkg_spatial_ref_sys`, `.database` when
    ///   the table exists.
    public func createFeatureTable(
        name: String, geometryType: GeometryTypeName, srsID: Int32, columns: [UserColumn],
        identifier: String? = nil, description: String = ""
    ) throws {
        try StoreError.converting(path: path, table: name) {
            let table = try Self.plainName(name, userTable: true)
            guard try SpatialReference.fetchOne(db, key: srsID) != nil else {
                throw StoreError(.schema, message: "srs_id \(srsID) is not in gpkg_spatial_ref_sys; add it first")
            }
            let geom = "geom"
            try createTable(table, columns: columns, geometry: (geom, geometryType))
            try contents(table, dataType: "features", identifier: identifier, description: description, srsID: srsID)
                .insert(db)
            try GeometryColumnEntry(
                tableName: name, columnName: geom, geometryTypeName: geometryType.rawValue,
                srsID: srsID, z: 0, m: 0
            ).insert(db)
            let rtree = RTreeIndex(table: table, column: geom, idColumn: "fid")
            for sql in rtree.createStatements { try db.execute(sql: sql) }
            try ExtensionEntry.rtree(table: name, column: geom).insert(db)
        }
    }

    /// Creates a non-spatial table `name` (`fid INTEGER PRIMARY KEY AUTOINCREMENT` plus
    /// `columns`) registered in `gpkg_contents` with data_type "attributes".
    /// - Throws: ``StoreError`` as ``createFeatureTable(name:geometryType:srsID:columns:identifier:description:)``.
    public func createAttributeTable(
        name: String, columns: [UserColumn], identifier: String? = nil, description: String = ""
    ) throws {
        try StoreError.converting(path: path, table: name) {
            let table = try Self.plainName(name, userTable: true)
            try createTable(table, columns: columns, geometry: nil)
            try contents(table, dataType: "attributes", identifier: identifier, description: description, srsID: nil)
                .insert(db)
        }
    }

    /// CREATE TABLE with `fid`, the geometry column declared with its geometry type name
    /// (requirement 25: "geom POLYGON", a BLOB holding GeoPackageBinary), and `columns`.
    private func createTable(
        _ table: String, columns: [UserColumn], geometry: (column: String, type: GeometryTypeName)?
    ) throws {
        var defs = ["\"fid\" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL"]
        if let g = geometry { defs.append("\"\(g.column)\" \(g.type.rawValue)") }
        var seen: Set<String> = ["fid", geometry?.column.lowercased() ?? "fid"]
        for c in columns {
            let n = try Self.plainName(c.name)
            guard seen.insert(n.lowercased()).inserted else {
                throw StoreError(.invalidInput, message: "column '\(c.name)' is defined twice (or clashes with fid/geom)")
            }
            defs.append("\"\(n)\" \(c.type.rawValue)\(c.notNull ? " NOT NULL" : "")")
        }
        try db.execute(sql: "CREATE TABLE \"\(table)\" (\n  \(defs.joined(separator: ",\n  "))\n)")
    }

    /// `name` when it is a plain SQL identifier, safe to write into DDL and trigger bodies
    /// (`rtree_<t>_<c>`) without quoting surprises: ASCII letters, digits and `_`, not
    /// starting with a digit, 1…64 characters, and (for a `userTable`) not in the
    /// reserved `gpkg_`, `rtree_` or `sqlite_` namespaces.
    /// - Throws: ``StoreError`` (`.invalidInput`) naming it otherwise.
    static func plainName(_ name: String, userTable: Bool = false) throws -> String {
        let ok = !name.isEmpty && name.count <= 64
            && name.unicodeScalars.allSatisfy { $0.isASCII && ($0 == "_" || $0.properties.isAlphabetic || ("0"..."9").contains($0)) }
            && !("0"..."9").contains(name.unicodeScalars.first!)
        guard ok else {
            throw StoreError(.invalidInput, table: name,
                message: "'\(name)' is not a plain SQL name (ASCII letters, digits, '_', 1–64 characters, not starting with a digit)")
        }
        if userTable {
            let lower = name.lowercased()
            for prefix in ["gpkg_", "rtree_", "sqlite_"] where lower.hasPrefix(prefix) {
                throw StoreError(.invalidInput, table: name, message: "table names starting with '\(prefix)' are reserved")
            }
        }
        return name
    }

    private func contents(
        _ table: String, dataType: String, identifier: String?, description: String, srsID: Int32?
    ) throws -> ContentsEntry {
        let now = try String.fetchOne(db, sql: "SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now')")!
        return ContentsEntry(
            tableName: table, dataType: dataType, identifier: identifier ?? table,
            description: description, lastChange: now, minX: nil, minY: nil, maxX: nil, maxY: nil, srsID: srsID)
    }
}
