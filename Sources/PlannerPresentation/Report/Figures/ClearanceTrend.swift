import Planner

/// Cleared (handed-over) area at the end of each quarter, from the quarter of the first
/// clearance event to the report date, read from the parcels' histories with the same
/// ``ClearanceProgressQuery`` as `parkplan clearance`. Areas m² (EPSG:9210).
public enum ClearanceTrend {
    /// One point of the trend.
    public struct Point: Sendable, Hashable {
        /// The day: a quarter's last day, or the report date for the last point.
        public var date: LocalDate
        /// Area handed over on that day, m².
        public var clearedAreaM2: Double
        /// All parcels' area, m².
        public var totalAreaM2: Double
    }

    /// The quarter ends before `asOf` from the first event's quarter on, then `asOf`, over
    /// the parcels of `data` (those active on `asOf`); empty when no parcel has an event on
    /// or before `asOf`.
    public static func quarterly(_ data: PlanningData, asOf: LocalDate) -> [Point] {
        quarterly(data.parcels.map { ParcelClearanceRecord($0, asOf: asOf, level: nil) }, asOf: asOf) { data.parcels[$0].clearance }
    }

    /// The same points from the parcels' records on `asOf` (in the order they are summed)
    /// and `history(i)`, the clearance history of `records[i]`'s parcel (`nil`: none): as a
    /// store reads them for a city without whole parcels
    /// (``ClearanceReading/clearanceHistories()``). Every day's sums in one pass
    /// (``ClearanceProgressQuery/plainTotals(_:on:history:)``).
    public static func quarterly(_ records: [ParcelClearanceRecord], asOf: LocalDate, history: (Int) -> ClearanceHistory?) -> [Point] {
        var first: LocalDate?
        for i in records.indices {
            if let d = history(i)?.events.first?.date, first.map({ d < $0 }) ?? true { first = d }
        }
        guard let first, first <= asOf else { return [] }
        var days: [LocalDate] = []
        var day = first.endOfQuarter
        while day < asOf {
            days.append(day)
            day = nextQuarterEnd(after: day)
        }
        days.append(asOf)
        // The plain sums, as the trend always drew them (no overlaps counted twice).
        let totals = ClearanceProgressQuery(asOf: asOf, grouping: .park).plainTotals(records, on: days, history: history)
        return zip(days, totals).map { Point(date: $0, clearedAreaM2: $1.clearedAreaM2, totalAreaM2: $1.areaM2) }
    }

    /// The last day of the quarter after the one `day` ends.
    static func nextQuarterEnd(after day: LocalDate) -> LocalDate {
        let q = day.quarter == 4 ? 1 : day.quarter + 1, y = day.quarter == 4 ? day.year + 1 : day.year
        return LocalDate.quarter(q, of: y)!.upperBound
    }
}
