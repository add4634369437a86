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
        name: String, geometryType: GeometryTypeName, srsID: Int32, columns: [Column],
        identifier: String? = nil, description: String = ""
    ) throws {
        try StoreError.converting(path: path, table: name) {
            let table = try SQLName(name, userTable: true)
            guard try SpatialReference.fetchOne(db, key: srsID) != nil else {
                throw StoreError(.schema, message: "srs_id \(srsID) is not in gpkg_spatial_ref_sys; add it first")
            }
            let geom = try SQLName("geom"), fid = try SQLName("fid")
            try createTable(table, columns: columns, geometry: (geom, geometryType))
            try contents(table, dataType: "features", identifier: identifier, description: description, srsID: srsID)
                .insert(db)
            try GeometryColumnEntry(
                tableName: name, columnName: geom.raw, geometryTypeName: geometryType.rawValue,
                srsID: srsID, z: 0, m: 0
            ).insert(db)
            let rtree = RTreeIndex(table: table, column: geom, idColumn: fid)
            for sql in rtree.createStatements { try db.execute(sql: sql) }
            try ExtensionEntry.rtree(table: name, column: geom.raw).insert(db)
        }
    }

    /// Creates a non-spatial table `name` (`fid INTEGER PRIMARY KEY AUTOINCREMENT` plus
    /// `columns`) registered in `gpkg_contents` with data_type "attributes".
    /// - Throws: ``StoreError`` as ``createFeatureTable(name:geometryType:srsID:columns:identifier:description:)``.
    public func createAttributeTable(
        name: String, columns: [Column], identifier: String? = nil, description: String = ""
    ) throws {
        try StoreError.converting(path: path, table: name) {
            let table = try SQLName(name, userTable: true)
            try createTable(table, columns: columns, geometry: nil)
            try contents(table, dataType: "attributes", identifier: identifier, description: description, srsID: nil)
                .insert(db)
        }
    }

    /// CREATE TABLE with `fid`, the geometry column declared with its geometry type name
    /// (requirement 25: "geom POLYGON", a BLOB holding GeoPackageBinary), and `columns`.
    private func createTable(
        _ table: SQLName, columns: [Column], geometry: (column: SQLName, type: GeometryTypeName)?
    ) throws {
        var defs = ["\"fid\" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL"]
        if let g = geometry { defs.append("\(g.column.quoted) \(g.type.rawValue)") }
        var seen: Set<String> = ["fid", geometry?.column.raw.lowercased() ?? "fid"]
        for c in columns {
            let n = try SQLName(c.name)
            guard seen.insert(n.raw.lowercased()).inserted else {
                throw StoreError(.invalidInput, message: "column '\(c.name)' is defined twice (or clashes with fid/geom)")
            }
            defs.append("\(n.quoted) \(c.type.rawValue)\(c.notNull ? " NOT NULL" : "")")
        }
        try db.execute(sql: "CREATE TABLE \(table.quoted) (\n  \(defs.joined(separator: ",\n  "))\n)")
    }

    private func contents(
        _ table: SQLName, dataType: String, identifier: String?, description: String, srsID: Int32?
    ) throws -> ContentsEntry {
        let now = try String.fetchOne(db, sql: "SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now')")!
        return ContentsEntry(
            tableName: table.raw, dataType: dataType, identifier: identifier ?? table.raw,
            description: description, lastChange: now, minX: nil, minY: nil, maxX: nil, maxY: nil, srsID: srsID)
    }
}
