/// The answer of a ``ClearanceProgressQuery``: one row per group, the totals over all
/// parcels (each counted once, whole), and the overdue parcels.
public struct ClearanceProgress: Sendable, Hashable, Codable {
    /// The day the statuses are taken on.
    public var asOf: LocalDate
    /// The rows, sorted by unit id then park id (`nil` last).
    public var rows: [ClearanceProgressRow]
    /// All parcels, each whole. The rows add up to it (to rounding), the rows for
    /// parcels outside every unit included.
    public var totals: ClearanceProgressRow
    /// Parcels past their planned hand-over and not handed over, most overdue first
    /// (ties by parcel id).
    public var overdue: [OverdueParcel]

    /// Creates a result.
    public init(asOf: LocalDate, rows: [ClearanceProgressRow], totals: ClearanceProgressRow, overdue: [OverdueParcel]) {
        self.asOf = asOf
        self.rows = rows
        self.totals = totals
        self.overdue = overdue
    }
}
