import Planner

/// Reads the calendar days stored in DATE columns ("YYYY-MM-DD"; older rows may carry a
/// time part after the day, which is ignored).
enum StoredDay {
    /// The day of `text`; `nil` for NULL or text that does not start with a valid day.
    static func parse(_ text: String?) -> LocalDate? {
        guard let text else { return nil }
        return isoDay(text) ?? (text.utf8.count > 10 ? isoDay(String(text.prefix(10))) : nil)
    }

    /// "YYYY-MM-DD" with a valid day, else `nil`.
    static func isoDay(_ s: String) -> LocalDate? {
        var parts = (0, 0, 0)
        var count = 0
        for c in s.utf8 {
            count += 1
            if count == 5 || count == 8 {
                guard c == UInt8(ascii: "-") else { return nil }
                continue
            }
            guard count <= 10, c >= UInt8(ascii: "0"), c <= UInt8(ascii: "9") else { return nil }
            let d = Int(c - UInt8(ascii: "0"))
            switch count {
            case 1...4: parts.0 = parts.0 * 10 + d
            case 6, 7: parts.1 = parts.1 * 10 + d
            default: parts.2 = parts.2 * 10 + d
            }
        }
        guard count == 10 else { return nil }
        return LocalDate(year: parts.0, month: parts.1, day: parts.2)
    }
}
