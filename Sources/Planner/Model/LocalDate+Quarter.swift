extension LocalDate {
    /// The calendar quarter, 1 (Jan–Mar) to 4 (Oct–Dec).
    public var quarter: Int { (month - 1) / 3 + 1 }

    /// The first day of this date's quarter.
    public var startOfQuarter: LocalDate {
        LocalDate(year: year, month: (quarter - 1) * 3 + 1, day: 1)!
    }

    /// The last day of this date's quarter.
    public var endOfQuarter: LocalDate {
        let m = quarter * 3
        return LocalDate(year: year, month: m, day: LocalDate.daysIn(month: m, year: year))!
    }

    /// The days of quarter `quarter` (1–4) of `year`, or `nil` for a quarter outside 1–4.
    public static func quarter(_ quarter: Int, of year: Int) -> ClosedRange<LocalDate>? {
        guard (1...4).contains(quarter), let first = LocalDate(year: year, month: (quarter - 1) * 3 + 1, day: 1) else { return nil }
        return first...first.endOfQuarter
    }

    /// "Q2 2024".
    public var quarterLabel: String { "Q\(quarter) \(year)" }
}
