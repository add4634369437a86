/// The answer of a ``ClearanceProgressQuery``: one row per group, the totals over all
/// parcels (each counted once, whole), and the overdue parcels.
public struct ClearanceProgress: Sendable, Hashable, Codable {
    /// The day the statuses are taken on.
    public var asOf: LocalDate
    /// The rows, sorted by unit id then park id (`nil` last).
    public var rows: [ClearanceProgressRow]
    /// All parcels, each whole. The rows add up to it (to rounding), the rows for
    /// parcels outside every unit included; grouped by park, a zone's row also counts its
    /// nested parks' parcels, so there the rows of the parks outside any zone and of the
    /// zones add up to it.
    public var totals: ClearanceProgressRow
    /// Parcels past their planned hand-over and not handed over, most overdue first
    /// (ties by parcel id).
    public var overdue: [OverdueParcel]
    /// True when the areas count each square metre once (overlaps taken off: `--dedupe`).
    public var countedOnce: Bool

    /// Creates a result.
    public init(asOf: LocalDate, rows: [ClearanceProgressRow], totals: ClearanceProgressRow, overdue: [OverdueParcel],
                countedOnce: Bool = false) {
        self.asOf = asOf
        self.rows = rows
        self.totals = totals
        self.overdue = overdue
        self.countedOnce = countedOnce
    }
}
