extension LocalDate {
    /// Days since 1970-01-01 in the proleptic Gregorian calendar (negative before it),
    /// by H. Hinnant's days-from-civil formula.
    var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// Whole days from `earlier` to this date (negative when `earlier` is later).
    func days(since earlier: LocalDate) -> Int { dayNumber - earlier.dayNumber }
}
