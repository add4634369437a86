/// One problem found while importing a layer: a rejected feature, a file that cannot be
/// read, or (in ``ImportResult/notices``) something kept but worth a look.
public struct ImportIssue: Hashable, Sendable, CustomStringConvertible {
    /// What sort of problem it is, for callers that sort or count them.
    public enum Kind: String, Hashable, Sendable {
        case invalidUTF8, malformedJSON, truncatedJSON, notFeatureCollection, unknownCRS
        case malformedGeometry, emptyGeometry, wrongGeometryType, nonFiniteCoordinate
        case outsideVietnam, invalidGeometry, untransformable, duplicateId
        case missingProperty, unknownValue, badValue, inconsistentHistory
        /// A notice, not a rejection: a parcel in no park.
        case notInPark
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
