/// A user column of a feature or attribute table: its name, type and whether it may be NULL.
public struct Column: Hashable, Sendable {
    /// The column name: letters, digits and underscores, not starting with a digit.
    public var name: String
    /// The SQL type.
    public var type: ColumnType
    /// True when the schema says NOT NULL.
    public var notNull: Bool

    /// Creates a column definition.
    public init(_ name: String, _ type: ColumnType, notNull: Bool = false) {
        self.name = name
        self.type = type
        self.notNull = notNull
    }
}
