import Geo

/// A feature (or attribute row) read back from a table.
public struct StoredFeature: Hashable, Sendable {
    /// The feature id (the table's integer primary key).
    public var fid: Int64
    /// The geometry in the table's SRS units, `nil` when NULL or for attribute tables.
    public var geometry: Geometry?
    /// Every user column's value, NULLs included, by column name.
    public var attributes: [String: ColumnValue]

    /// Creates a stored feature.
    public init(fid: Int64, geometry: Geometry?, attributes: [String: ColumnValue]) {
        self.fid = fid
        self.geometry = geometry
        self.attributes = attributes
    }
}
