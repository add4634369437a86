import Geo

/// A feature (or attribute row) to write: its geometry, in the table's SRS, and its
/// attribute values keyed by column name. Columns left out are written as NULL.
public struct NewFeature: Hashable, Sendable {
    /// An explicit feature id, or `nil` to let SQLite assign the next one.
    public var fid: Int64?
    /// The geometry in the table's SRS units (metres for EPSG:9210); `nil` for none
    /// and always `nil` for attribute tables.
    public var geometry: Geometry?
    /// Attribute values by column name.
    public var attributes: [String: ColumnValue]

    /// Creates a feature to write.
    public init(fid: Int64? = nil, geometry: Geometry?, attributes: [String: ColumnValue] = [:]) {
        self.fid = fid
        self.geometry = geometry
        self.attributes = attributes
    }
}
