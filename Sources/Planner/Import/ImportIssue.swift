/// One problem found while importing a layer: a rejected feature, a file that cannot be
/// read, or (in ``ImportResult/notices``) something kept but worth a look.
public struct ImportIssue: Hashable, Sendable, CustomStringConvertible {
    /// What sort of problem it is, for callers that sort or count them.
    public enum Kind: String, Hashable, Sendable {
        /// The file's bytes are not UTF-8.
        case invalidUTF8
        /// The text is not JSON (or the file cannot be read).
        case malformedJSON
        /// The JSON ends inside a string, object or array (the file was cut short), or is empty.
        case truncatedJSON
        /// The JSON is not a GeoJSON FeatureCollection.
        case notFeatureCollection
        /// The `crs` member names no CRS the planner knows.
        case unknownCRS
        /// The geometry object (or the feature) is not well-formed GeoJSON.
        case malformedGeometry
        /// The geometry is null or has no coordinates.
        case emptyGeometry
        /// The layer does not take this geometry type.
        case wrongGeometryType
        /// A coordinate is NaN or infinite.
        case nonFiniteCoordinate
        /// Coordinates fall far outside Vietnam (swapped lon/lat, wrong CRS).
        case outsideVietnam
        /// The coordinates lie outside the store's units and parks (in the sea, another
        /// province) while another common VN-2000 zone would put them inside.
        case wrongZone
        /// Self-intersection, ring not closed, too few points… (with location).
        case invalidGeometry
        /// PROJ could not take the geometry to EPSG:9210.
        case untransformable
        /// Another feature has the same id.
        case duplicateId
        /// A required property is absent or empty.
        case missingProperty
        /// A status, kind or name is not one of the known ones.
        case unknownValue
        /// A property has the wrong type or an impossible value.
        case badValue
        /// A clearance history is out of date order or disagrees with the current status.
        case inconsistentHistory
        /// A notice, not a rejection: a parcel in no park.
        case notInPark
        /// A notice, not a rejection: a parcel named to a park lies mostly (more than half
        /// of its area) outside it.
        case outsideNamedPark
        /// A notice, not a rejection: an update by id kept the clearance ledger (parcels
        /// updated or retired, statuses in the file that differ from the ledger).
        case ledgerKept
    }

    /// The file name as given to the importer ("parcels.geojson").
    public var file: String
    /// The feature's position in the `features` array, counted from 0; `nil` for the whole file.
    public var featureIndex: Int?
    /// The feature's id, when it has one.
    public var featureId: String?
    /// What sort of problem it is.
    public var kind: Kind
    /// The problem in words, e.g. "invalid geometry: Self-intersection at (106.6801, 20.8602)".
    public var reason: String

    /// Creates an issue.
    public init(file: String, featureIndex: Int? = nil, featureId: String? = nil, kind: Kind, reason: String) {
        self.file = file
        self.featureIndex = featureIndex
        self.featureId = featureId
        self.kind = kind
        self.reason = reason
    }

    /// `parcels.geojson: feature 12 (id "TT-0012"): invalid geometry: Self-intersection at (106.6801, 20.8602)`.
    public var description: String {
        var where_ = file
        if let featureIndex { where_ += ": feature \(featureIndex)" }
        if let featureId { where_ += " (id \"\(featureId)\")" }
        return "\(where_): \(reason)"
    }
}
