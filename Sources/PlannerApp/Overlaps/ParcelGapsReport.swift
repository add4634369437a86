import Planner

/// Holes between the parcels that should tile a park (the topology checker's "must not
/// have gaps"). Areas m² (EPSG:9210).
public struct ParcelGapsReport: Sendable {
    /// Holes enclosed by parcels, or all park land no parcel covers.
    public var mode: GapMode
    /// Gaps smaller than this are dropped (one of exactly this area is kept), m².
    public var minAreaM2: Double
    /// Only these parks (ids or names); empty for every park.
    public var parks: [String]

    /// Creates the report.
    public init(mode: GapMode = .enclosed, minAreaM2: Double = 1, parks: [String] = []) {
        self.mode = mode
        self.minAreaM2 = minAreaM2
        self.parks = parks
    }

    /// The gaps, as of the day the store is read.
    /// - Throws: ``ParkLookupError``; store and GEOS errors.
    public func run(_ store: any PlanningReading) throws -> Answer<[LayerGap]> {
        let data = try store.everything()
        let gaps = try LayerGapQuery(mode: mode, minAreaM2: minAreaM2).parcelGaps(data, parkIds: ParkResolver.ids(parks, in: data.parks))
        return Answer(result: gaps, table: .layerGaps(gaps, asOf: .today))
    }
}
