/// A work not yet in service whose site lies on parcels not yet handed over: it cannot
/// be built (or serve) before their clearance. Areas m², planar, EPSG:9210.
public struct SchedulingConflict: Sendable, Hashable, Codable {
    /// The work's id.
    public var workId: String
    /// Its utility.
    public var utility: Utility
    /// Its status.
    public var status: WorkStatus
    /// The park it is built for, when given.
    public var parkId: String?
    /// The plan task it carries out ("B.10.1"), when its task number is in the plan.
    public var taskReference: String?
    /// Its planned in-service day, when known.
    public var operationalFrom: LocalDate?
    /// The parcels not handed over that it lies on, sorted.
    public var parcelIds: [String]
    /// The whole area of those parcels, m².
    public var parcelAreaM2: Double
    /// The area of the work's site (footprint or service area, as asked) on those
    /// parcels, m²; 0 for a point or line footprint.
    public var overlapAreaM2: Double

    /// Creates a finding.
    public init(workId: String, utility: Utility, status: WorkStatus, parkId: String? = nil, taskReference: String? = nil,
                operationalFrom: LocalDate?, parcelIds: [String], parcelAreaM2: Double, overlapAreaM2: Double) {
        self.workId = workId
        self.parkId = parkId
        self.taskReference = taskReference
        self.utility = utility
        self.status = status
        self.operationalFrom = operationalFrom
        self.parcelIds = parcelIds
        self.parcelAreaM2 = parcelAreaM2
        self.overlapAreaM2 = overlapAreaM2
    }
}
