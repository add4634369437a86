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

    /// The quarter ends before `asOf` from the first event's quarter on, then `asOf`;
    /// empty when no parcel has an event on or before `asOf`.
    /// - Throws: ``GeoError`` when the query fails.
    public static func quarterly(_ data: PlanningData, asOf: LocalDate, threads: Int? = nil) throws -> [Point] {
        let first = data.parcels.compactMap { $0.clearance.events.first?.date }.min()
        guard let first, first <= asOf else { return [] }
        var days: [LocalDate] = []
        var day = first.endOfQuarter
        while day < asOf {
            days.append(day)
            day = nextQuarterEnd(after: day)
        }
        days.append(asOf)
        return try days.map { d in
            var query = ClearanceProgressQuery(asOf: d, grouping: .park, threads: threads)
            query.countsOverlaps = false // the plain sums, as the trend always drew them
            let totals = try query.run(data).totals
            return Point(date: d, clearedAreaM2: totals.clearedAreaM2, totalAreaM2: totals.areaM2)
        }
    }

    /// The last day of the quarter after the one `day` ends.
    static func nextQuarterEnd(after day: LocalDate) -> LocalDate {
        let q = day.quarter == 4 ? 1 : day.quarter + 1, y = day.quarter == 4 ? day.year + 1 : day.year
        return LocalDate.quarter(q, of: y)!.upperBound
    }
}
