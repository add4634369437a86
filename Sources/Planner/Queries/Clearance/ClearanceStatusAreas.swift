/// The areas of one row (or the totals) that a parcel's status moves between: the area in
/// each status and the overdue area, m² (EPSG:9210), each an ``ExactSum`` of the parcels'
/// `areaM2 × share`. The sum does not depend on the order of the parcels, so a kept tally
/// that moves one parcel's area from one status to another (``move(_:from:to:)``) holds the
/// very bits a fresh computation over every parcel gives. THE rule for summing them, for the
/// full query (``ClearanceProgressQuery``) and the kept one (``ClearanceTally``).
struct ClearanceStatusAreas: Sendable {
    private var byStatus: [ClearanceStatus: ExactSum] = [:]
    private var overdue = ExactSum()

    /// Counts `areaM2` in `status`, and as overdue when `isOverdue`.
    mutating func add(_ areaM2: Double, status: ClearanceStatus, overdue isOverdue: Bool) {
        byStatus[status, default: ExactSum()].add(areaM2)
        if isOverdue { overdue.add(areaM2) }
    }

    /// Moves `areaM2` from status `old` to `new`.
    mutating func move(_ areaM2: Double, from old: ClearanceStatus, to new: ClearanceStatus) {
        byStatus[old, default: ExactSum()].add(-areaM2)
        byStatus[new, default: ExactSum()].add(areaM2)
    }

    /// Counts `areaM2` as overdue (`true`) or takes it off (`false`).
    mutating func setOverdue(_ areaM2: Double, _ isOverdue: Bool) {
        overdue.add(isOverdue ? areaM2 : -areaM2)
    }

    /// Sets the row's area per status, its cleared (handed-over) area and its overdue area.
    func write(into row: inout ClearanceProgressRow) {
        for status in ClearanceStatus.allCases { row.areaByStatusM2[status] = byStatus[status]?.value ?? 0 }
        row.clearedAreaM2 = row.areaByStatusM2[.handedOver] ?? 0
        row.overdueAreaM2 = overdue.value
    }
}
