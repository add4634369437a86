/// A calendar day with no time of day and no time zone (plans and clearance records
/// speak in days). Written and read as ISO 8601 "YYYY-MM-DD".
public struct LocalDate: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The year, e.g. 2024.
    public let year: Int
    /// The month, 1–12.
    public let month: Int
    /// The day of the month, 1–31.
    public let day: Int

    /// Creates a date, or `nil` when the day does not exist (2023-02-29, month 13…).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...LocalDate.daysIn(month: month, year: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses strict ISO 8601 "YYYY-MM-DD" (four-digit year, two-digit month and day).
    /// - Throws: ``LocalDateError`` saying what is wrong with `text`.
    public init(iso text: String) throws(LocalDateError) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else {
            throw LocalDateError(text: text, reason: "expected an ISO date YYYY-MM-DD")
        }
        guard let date = LocalDate(year: y, month: m, day: d) else {
            let why = (1...12).contains(m) ? "\(Self.monthNames[m - 1]) \(y) has \(Self.daysIn(month: m, year: y)) days"
                                           : "there is no month \(m)"
            throw LocalDateError(text: text, reason: "no such day (\(why))")
        }
        self = date
    }

    private static let monthNames = ["January", "February", "March", "April", "May", "June", "July",
                                     "August", "September", "October", "November", "December"]

    /// The number of days in a month (Gregorian leap years).
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// True when `self` is earlier than `other`.
    public static func < (lhs: LocalDate, rhs: LocalDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// "2024-03-31".
    /// Written digit by digit into ten bytes (every date is in 1–9999, 1–12, 1–31: the only
    /// initialiser checks): an export of a million parcels writes several per parcel.
    public var description: String {
        String(unsafeUninitializedCapacity: 10) { text in
            func digits(_ n: Int, at start: Int, width: Int) {
                var n = n
                for i in (start..<start + width).reversed() {
                    text[i] = UInt8(ascii: "0") + UInt8(n % 10)
                    n /= 10
                }
            }
            digits(year, at: 0, width: 4)
            text[4] = UInt8(ascii: "-")
            digits(month, at: 5, width: 2)
            text[7] = UInt8(ascii: "-")
            digits(day, at: 8, width: 2)
            return 10
        }
    }
}

/// Why a text is not an ISO calendar date.
public struct LocalDateError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The text that was given.
    public var text: String
    /// What is wrong with it.
    public var reason: String

    /// "invalid date "2024-13-01": no such day (there is no month 13)".
    public var description: String { "invalid date \"\(text)\": \(reason)" }
}
