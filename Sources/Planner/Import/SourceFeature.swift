import Geo

/// One feature as read from the file, before any check.
struct SourceFeature {
    /// Position in `features`, from 0.
    var index: Int
    /// The properties (empty when `null`).
    var properties: [String: AttributeValue]
    /// The Feature's own `id` member, used when the id property is absent.
    var memberId: String?
    /// The geometry as GeoJSON gave it, or why it could not be read; `nil` when null or absent.
    var geometry: Result<Geometry, GeoError>?
    /// Set when the entry is not a GeoJSON Feature object.
    var notAFeature: String?
}

/// A FeatureCollection's features and its declared CRS.
struct SourceDocument {
    var features: [SourceFeature]
    /// The CRS named in a (2008-style) `crs` member, when any.
    var declaredCRS: CRS?
}
