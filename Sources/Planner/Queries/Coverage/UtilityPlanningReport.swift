/// The answer of a ``UtilityPlanningCheck``.
public struct UtilityPlanningReport: Sendable, Hashable, Codable {
    /// Parks with neither a task nor a work for a utility, by park order then utility.
    public var missing: [MissingUtilityPlan]
    /// Works not in service sitting on uncleared parcels, in work order.
    public var conflicts: [SchedulingConflict]
    /// Parcels handed over (or planned to be) after their work is due in service, longest
    /// delay first (``HandoverDelay/planOrder(_:_:)``).
    public var delays: [HandoverDelay]

    /// Creates a report.
    public init(missing: [MissingUtilityPlan], conflicts: [SchedulingConflict], delays: [HandoverDelay] = []) {
        self.missing = missing
        self.conflicts = conflicts
        self.delays = delays
    }
}
