import Planner

/// The park summary as of a day: approved vs mapped area (ha), cleared and leased
/// shares, investment per hectare against the 13 M USD/ha target (Plan 656).
public struct ParkSummaryReport: Sendable {
    /// The day statuses are taken on.
    public var asOf: LocalDate

    /// Creates the report.
    public init(asOf: LocalDate) { self.asOf = asOf }

    /// One summary per park, in the store's order.
    /// - Throws: store errors.
    public func run(_ store: any PlanningReading) throws -> Answer<[ParkSummary]> {
        let data = try store.everything(activeOn: asOf)
        let summaries = try ParkSummaryQuery(asOf: asOf).run(data)
        return Answer(result: summaries, table: .parks(summaries, data: data, asOf: asOf))
    }
}
