import Geo
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

    /// The gaps, as of the day the store is read (`today`: the parcels not retired by then).
    /// Reads the parks, the lean records of the parcels in the parks asked about and only
    /// their outlines: never every parcel in full.
    /// - Throws: ``ParkLookupError``; store and GEOS errors.
    public func run(_ store: any PlanningReading & ClearanceReading, today: LocalDate = .today) throws -> Answer<[LayerGap]> {
        let all = try store.parks()
        let parkIds = try ParkResolver.ids(parks, in: all)
        let chosen = parkIds.map { ids in ids.compactMap { id in all.first { $0.id == id } } } ?? all
        let (records, boundaries) = try store.clearanceRecordsAndBoundaries(asOf: today, level: nil, parkIds: Set(chosen.map(\.id)))
        let outlines = ParcelClearanceRecord.byPark(ParcelClearanceRecord.withBoundaries(records, boundaries)).mapValues { $0.map(\.boundary) }
        let gaps = try LayerGapQuery(mode: mode, minAreaM2: minAreaM2).parcelGaps(parks: chosen, outlines: outlines)
        return Answer(result: gaps, table: .layerGaps(gaps, asOf: today))
    }
}
