import Planner

/// The park summary as of a day: approved vs mapped area (ha), cleared and leased
/// shares, investment per hectare against the 13 M USD/ha target (Plan 656).
public struct ParkSummaryReport: Sendable {
    /// The day statuses are taken on.
    public var asOf: LocalDate

    /// Creates the report.
    public init(asOf: LocalDate) { self.asOf = asOf }

    /// One summary per park, in the store's order. Reads the parks, the lean clearance
    /// records of the parcels that lie in a park, and only those parcels' boundaries (for
    /// the overlap clusters): never every parcel in full, so a city's million parcels are
    /// answered in the time of one pass over the parcel table.
    /// - Throws: store errors.
    public func run(_ store: any PlanningReading & ClearanceReading) throws -> Answer<[ParkSummary]> {
        let parks = try store.parks()
        let (records, boundaries) = try store.clearanceRecordsAndBoundaries(asOf: asOf, level: nil, parkIds: Set(parks.map(\.id)))
        let summaries = try ParkSummaryQuery(asOf: asOf).run(parks: parks, parcels: ParcelClearanceRecord.withBoundaries(records, boundaries))
        return Answer(result: summaries, table: .parks(summaries, data: PlanningData(parks: parks), asOf: asOf))
    }
}
