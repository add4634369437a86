/// A scheduling conflict as the plans mean it: a parcel of a work's park (or within its
/// service area) handed over, or planned to be, after the day the work is due in service,
/// so the work cannot serve that land on time. Days are Vietnam calendar days.
public struct HandoverDelay: Sendable, Hashable, Codable {
    /// Where the hand-over day comes from.
    public enum Source: String, Sendable, Hashable, Codable {
        /// The parcel was handed over (the event in force on the as-of day).
        case actual
        /// The parcel is not handed over: its `planned_handover`.
        case planned
        /// The parcel is not handed over and has no planned day: the delay is unknown.
        case unknown
    }

    /// The work's id.
    public var workId: String
    /// Its utility.
    public var utility: Utility
    /// Its status.
    public var status: WorkStatus
    /// The day it is due in service.
    public var operationalFrom: LocalDate
    /// The park the parcel belongs to (the work's park, when the parcel is one of its).
    public var parkId: String?
    /// The plan task the work carries out ("B.10.1"), when its task number is in the plan.
    public var taskReference: String?
    /// The parcel.
    public var parcelId: String
    /// The hand-over day compared, `nil` when unknown.
    public var handover: LocalDate?
    /// Where ``handover`` comes from.
    public var source: Source
    /// Days from ``operationalFrom`` to ``handover`` (> 0); `nil` when unknown.
    public var delayDays: Int?

    /// Creates a finding.
    public init(workId: String, utility: Utility, status: WorkStatus, operationalFrom: LocalDate, parkId: String?,
                taskReference: String?, parcelId: String, handover: LocalDate?, source: Source, delayDays: Int?) {
        self.workId = workId
        self.utility = utility
        self.status = status
        self.operationalFrom = operationalFrom
        self.parkId = parkId
        self.taskReference = taskReference
        self.parcelId = parcelId
        self.handover = handover
        self.source = source
        self.delayDays = delayDays
    }

    /// The plan's order: the longest delay first, unknown delays last, then work and parcel.
    public static func planOrder(_ a: HandoverDelay, _ b: HandoverDelay) -> Bool {
        switch (a.delayDays, b.delayDays) {
        case let (x?, y?) where x != y: return x > y
        case (_?, nil): return true
        case (nil, _?): return false
        default: return (a.workId, a.parcelId) < (b.workId, b.parcelId)
        }
    }
}
