import GRDB

/// A user column of a feature or attribute table as its CREATE TABLE declares it
/// (GeoPackage 1.4, table 1 "GeoPackage Data Types": TEXT, INTEGER, REAL, BOOLEAN, and
/// DATE / DATETIME stored as ISO-8601 TEXT).
public struct UserColumn: Hashable, Sendable {
    /// The column name: ASCII letters, digits and underscores, not starting with a digit.
    public var name: String
    /// The declared SQL type (GRDB's `.text`, `.integer`, `.real`, `.boolean`, `.date`, `.datetime`).
    public var type: Database.ColumnType
    /// True when the schema says NOT NULL.
    public var notNull: Bool

    /// Creates a column definition.
    public init(_ name: String, _ type: Database.ColumnType, notNull: Bool = false) {
        self.name = name
        self.type = type
        self.notNull = notNull
    }
}
