/// A parcel whose planned hand-over day has passed without it being handed over.
public struct OverdueParcel: Sendable, Hashable, Codable {
    /// The parcel's id.
    public var parcelId: String
    /// Its park, when any.
    public var parkId: String?
    /// The planned hand-over day.
    public var plannedHandover: LocalDate
    /// Its status on the day asked about.
    public var status: ClearanceStatus
    /// Days from the planned hand-over to the day asked about (at least 1).
    public var daysOverdue: Int
    /// The commune (or ward) holding the larger share of the parcel, when apportioned
    /// (the finest unit level stored; a district where only districts are stored).
    public var unitId: String? = nil
    /// That unit's name (NFC).
    public var unitName: String? = nil
    /// The parcel's area, m² (EPSG:9210, planar).
    public var areaM2: Double = 0
    /// Households on the parcel, when recorded.
    public var households: Int? = nil
    /// Compensation planned but not yet paid, VND (never below 0); `nil` when not recorded.
    public var unpaidCompensationVND: Double? = nil
    /// The unit whose GPMB board answers for the parcel (``ResponsibleBoard``: the unit
    /// holding the larger share at the level boards sit at on the day asked about);
    /// `nil` when the parcel's shares of that level are not known.
    public var boardUnitId: String? = nil
    /// That unit's name (NFC).
    public var boardUnitName: String? = nil
    /// Who recorded the status in force (the ledger entry's `by`, often a board's name);
    /// `nil` for a parcel with no entry yet or none given.
    public var recordedBy: String? = nil

    /// Creates an entry.
    public init(parcelId: String, parkId: String?, plannedHandover: LocalDate, status: ClearanceStatus, daysOverdue: Int) {
        self.parcelId = parcelId
        self.parkId = parkId
        self.plannedHandover = plannedHandover
        self.status = status
        self.daysOverdue = daysOverdue
    }

    /// The entry of `parcel`, overdue on `asOf` with `status` in force, with the details a
    /// GPMB board acts on (its unit, area, households, unpaid compensation).
    public init(_ parcel: ParcelClearanceRecord, plannedHandover: LocalDate, status: ClearanceStatus, asOf: LocalDate) {
        self.init(parcelId: parcel.id, parkId: parcel.parkId, plannedHandover: plannedHandover, status: status,
                  daysOverdue: asOf.days(since: plannedHandover))
        let levels = parcel.units.map(\.level)
        let unit = ParcelJurisdiction.unit(at: levels.contains(.commune) ? .commune : levels.first ?? .commune, among: parcel.units)
        unitId = unit?.unitId
        unitName = unit?.unitName
        areaM2 = parcel.areaM2
        households = parcel.households
        recordedBy = parcel.recordedBy
        if levels.contains(ResponsibleBoard.level(on: asOf, among: [.district, .commune])!) {
            let board = ResponsibleBoard.unit(on: asOf, among: parcel.units, levels: [.district, .commune])
            assignBoard(unitId: board?.unitId, unitName: board?.unitName)
        }
        if let planned = parcel.compensationPlannedVND {
            unpaidCompensationVND = max(0, planned - (parcel.compensationPaidVND ?? 0))
        }
    }

    /// Names the unit whose board answers for the parcel (``ResponsibleBoard``).
    public mutating func assignBoard(unitId: String?, unitName: String?) {
        boardUnitId = unitId
        boardUnitName = unitName
    }
}
