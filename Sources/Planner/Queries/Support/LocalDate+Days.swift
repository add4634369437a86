extension LocalDate {
    /// Whole days from `earlier` to this date (negative when `earlier` is later).
    func days(since earlier: LocalDate) -> Int { daysSinceEpoch - earlier.daysSinceEpoch }
}
