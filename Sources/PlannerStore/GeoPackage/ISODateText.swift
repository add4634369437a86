import Foundation

/// Formats and parses the ISO-8601 text that GeoPackage stores for DATE and DATETIME columns.
enum ISODateText {
    private static let day = Date.ISO8601FormatStyle(timeZone: .gmt).year().month().day()
    private static let instant = Date.ISO8601FormatStyle(includingFractionalSeconds: true, timeZone: .gmt)
    private static let instantWhole = Date.ISO8601FormatStyle(timeZone: .gmt)

    /// "YYYY-MM-DD" for the UTC day containing `date`.
    static func dayText(_ date: Date) -> String { date.formatted(day) }

    /// "YYYY-MM-DDTHH:MM:SS.SSSZ".
    static func instantText(_ date: Date) -> String { date.formatted(instant) }

    /// Midnight UTC of a "YYYY-MM-DD" day (a trailing time part is ignored).
    static func parseDay(_ text: String) -> Date? {
        try? day.parse(String(text.prefix(10)))
    }

    /// An instant from "YYYY-MM-DDTHH:MM:SS[.SSS]Z".
    static func parseInstant(_ text: String) -> Date? {
        (try? instant.parse(text)) ?? (try? instantWhole.parse(text))
    }
}
