/// Clearance progress of one group (a unit, a park, or a unit within a park) as of a
/// day. A parcel straddling units counts once, whole, in the counts of each unit it touches
/// (`parcelsTouching`, `householdsTouching`); its area share weights the shares, areas and
/// money. Areas m² (planar, EPSG:9210), money VND.
public struct ClearanceProgressRow: Sendable, Hashable, Codable {
    /// The unit's id; `nil` when not grouped by unit, or for the part of parcels lying in
    /// no unit of the level.
    public var unitId: String?
    /// The unit's name (NFC), when `unitId` is given.
    public var unitName: String?
    /// The park's id; `nil` when not grouped by park, or for parcels in no park.
    public var parkId: String?
    /// Parcels, weighted by the share of each in the group (fractional).
    public var parcels: Double
    /// Parcels with any area in the group (whole count).
    public var parcelsTouching: Int
    /// Households affected, weighted.
    public var households: Double
    /// Households of the parcels with any area in the group (whole count).
    public var householdsTouching: Int
    /// Parcel area in the group, m².
    public var areaM2: Double
    /// Area handed over (status `handed_over` on the day), m².
    public var clearedAreaM2: Double
    /// Area in each status on the day, m² (every status present, zero when none).
    public var areaByStatusM2: [ClearanceStatus: Double]
    /// Parcels with any area in the group that are overdue on the day (planned hand-over
    /// passed, not handed over: ``ClearanceProgressQuery/isOverdue(_:)``), whole count.
    public var overdueParcels: Int = 0
    /// Their area in the group, m², weighted by the same shares as ``areaM2`` (parcels
    /// summed whole: never taken off by ``ClearanceProgressQuery/dedupe``).
    public var overdueAreaM2: Double = 0
    /// Compensation planned, VND, weighted.
    public var compensationPlannedVND: Double
    /// Compensation paid, VND, weighted.
    public var compensationPaidVND: Double
    /// The part of ``areaM2`` counted more than once because parcels in the group overlap,
    /// m² (sum of the parcels' areas minus the area of their union). With
    /// ``ClearanceProgressQuery/dedupe`` it has been taken off ``areaM2`` already.
    public var doubleCountedM2: Double = 0
    /// The same per status: the part of ``areaByStatusM2`` counted more than once (every
    /// status present, zero when none).
    public var doubleCountedByStatusM2: [ClearanceStatus: Double] = Dictionary(uniqueKeysWithValues: ClearanceStatus.allCases.map { ($0, 0) })
    /// For a zone's row grouped by park, the parks nested in it whose parcels it counts
    /// (``ParkNesting``); empty otherwise.
    public var includesParks: [String] = []

    /// An empty row for a group.
    public init(unitId: String? = nil, unitName: String? = nil, parkId: String? = nil) {
        self.unitId = unitId
        self.unitName = unitName
        self.parkId = parkId
        parcels = 0
        parcelsTouching = 0
        households = 0
        householdsTouching = 0
        areaM2 = 0
        clearedAreaM2 = 0
        areaByStatusM2 = Dictionary(uniqueKeysWithValues: ClearanceStatus.allCases.map { ($0, 0) })
        compensationPlannedVND = 0
        compensationPaidVND = 0
    }

    /// Handed-over area as a percentage of the group's area, 0–100 (0 for no area).
    public var percentCleared: Double { areaM2 > 0 ? min(100, max(0, clearedAreaM2 / areaM2 * 100)) : 0 }

    /// The part of ``clearedAreaM2`` counted more than once, m².
    public var clearedDoubleCountedM2: Double { doubleCountedByStatusM2[.handedOver] ?? 0 }

    /// Handed-over area in hectares.
    public var clearedAreaHa: Double { SquareMetres.hectares(clearedAreaM2) }

    /// Adds `share` (0–1) of a parcel whose status on the day is `status`; `overdue`: it is
    /// overdue on the day. The areas that depend on its status (per status, cleared, overdue)
    /// are summed apart, exactly (``ClearanceStatusAreas``), and set with
    /// ``ClearanceStatusAreas/write(into:)``.
    mutating func add(_ parcel: ParcelClearanceRecord, share: Double, overdue: Bool) {
        parcels += share
        parcelsTouching += 1
        households += Double(parcel.households ?? 0) * share
        householdsTouching += parcel.households ?? 0
        areaM2 += parcel.areaM2 * share
        if overdue { overdueParcels += 1 }
        compensationPlannedVND += (parcel.compensationPlannedVND ?? 0) * share
        compensationPaidVND += (parcel.compensationPaidVND ?? 0) * share
    }

    /// Takes the doubly counted areas off the area totals, so each square metre counts once.
    mutating func countOnce() {
        areaM2 = max(0, areaM2 - doubleCountedM2)
        clearedAreaM2 = max(0, clearedAreaM2 - clearedDoubleCountedM2)
        for (status, excess) in doubleCountedByStatusM2 { areaByStatusM2[status] = max(0, (areaByStatusM2[status] ?? 0) - excess) }
    }
}
