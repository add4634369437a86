import Foundation
import Geo

/// A row of `gpkg_contents`: one user table, its kind, identifier and bounds
/// (GeoPackage 1.4, §1.1.3). Bounds are in the units of `srsID`.
public struct ContentsEntry: Hashable, Sendable, Codable {
    /// The table name.
    public var tableName: String
    /// "features" or "attributes".
    public var dataType: String
    /// A human-readable identifier, unique in the file.
    public var identifier: String?
    /// A description.
    public var description: String?
    /// When the table last changed, "YYYY-MM-DDTHH:MM:SS.SSSZ" UTC.
    public var lastChange: String
    /// Bounding box of the table's content (NULL until a feature is written).
    public var minX: Double?
    /// See ``minX``.
    public var minY: Double?
    /// See ``minX``.
    public var maxX: Double?
    /// See ``minX``.
    public var maxY: Double?
    /// The SRS of the bounds (features only).
    public var srsID: Int32?

    enum CodingKeys: String, CodingKey {
        case tableName = "table_name", dataType = "data_type", identifier, description
        case lastChange = "last_change", minX = "min_x", minY = "min_y", maxX = "max_x", maxY = "max_y"
        case srsID = "srs_id"
    }

    /// The bounds as an envelope, `nil` while any of them is NULL.
    public var bounds: Geo.Envelope? {
        guard let minX, let minY, let maxX, let maxY else { return nil }
        return Geo.Envelope(minX: minX, minY: minY, maxX: maxX, maxY: maxY)
    }
}
