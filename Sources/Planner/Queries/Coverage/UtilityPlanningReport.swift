/// The answer of a ``UtilityPlanningCheck``.
public struct UtilityPlanningReport: Sendable, Hashable, Codable {
    /// Parks with neither a task nor a work for a utility, by park order then utility.
    public var missing: [MissingUtilityPlan]
    /// Works not in service sitting on uncleared parcels, in work order.
    public var conflicts: [SchedulingConflict]

    /// Creates a report.
    public init(missing: [MissingUtilityPlan], conflicts: [SchedulingConflict]) {
        self.missing = missing
        self.conflicts = conflicts
    }
}
