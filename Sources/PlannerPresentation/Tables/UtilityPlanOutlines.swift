import Geo

/// What a map of `utility-plans` draws, by id (EPSG:9210): a park without a plan is its
/// outline; a late hand-over is the parcel's outline; a work on uncleared land is the
/// work itself (a point, a line or an area).
public struct UtilityPlanOutlines: Sendable {
    /// Park boundaries by park id.
    public var parks: [String: Geometry]
    /// Parcel boundaries by parcel id.
    public var parcels: [String: Geometry]
    /// Work footprints by work id.
    public var works: [String: Geometry]

    /// Creates the outlines.
    public init(parks: [String: Geometry], parcels: [String: Geometry], works: [String: Geometry]) {
        self.parks = parks
        self.parcels = parcels
        self.works = works
    }
}
