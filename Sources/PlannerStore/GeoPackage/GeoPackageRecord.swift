import GRDB

/// A GRDB record of a GeoPackage user table, as the bulk insert
/// (``GeoPackageTransaction/insert(_:)``) writes it. Records of feature tables hand over
/// their geometry so the table's `gpkg_contents` bounds follow what is written.
protocol GeoPackageRecord: PersistableRecord {
    /// The geometry column's value; `nil` for attribute tables.
    var geometryValue: GeoPackageGeometry? { get }
    /// The columns ``insertValues(_:columns:)`` appends, in order; `nil`: every column
    /// of the table.
    static var insertColumns: [String]? { get }
    /// Appends this record's values of `columns` (``insertColumns`` or the table's).
    func insertValues(_ values: inout [DatabaseValue], columns: [String]) throws
}

extension GeoPackageRecord {
    /// Attribute tables have no geometry.
    var geometryValue: GeoPackageGeometry? { nil }

    /// Every column of the table.
    static var insertColumns: [String]? { nil }

    /// The values from the record's `Encodable` conformance: enough for tables of a few
    /// thousand rows. The tables of a million rows list their values by hand (GRDB's
    /// encoding container costs about 20 µs a row, more than SQLite's insert).
    func insertValues(_ values: inout [DatabaseValue], columns: [String]) throws {
        let row = try databaseDictionary
        for c in columns { values.append(row[c] ?? .null) }
    }
}
