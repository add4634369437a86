import Planner

/// Parks with no plan task or work for a utility, and works planned on land not yet
/// handed over, as of a day.
public struct UtilityPlansReport: Sendable {
    /// The day statuses and works are taken on.
    public var asOf: LocalDate

    /// Creates the report.
    public init(asOf: LocalDate) { self.asOf = asOf }

    /// The missing plans and the scheduling conflicts.
    /// - Throws: store and GEOS errors.
    public func run(_ store: any PlanningReading) throws -> Answer<UtilityPlanningReport> {
        let report = try UtilityPlanningCheck(asOf: asOf).run(try store.everything(activeOn: asOf))
        return Answer(result: report, table: .utilityPlans(report, asOf: asOf))
    }
}
