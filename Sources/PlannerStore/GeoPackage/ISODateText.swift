import Foundation

/// Formats the ISO-8601 text that GeoPackage stores in DATETIME columns.
enum ISODateText {
    private static let instant = Date.ISO8601FormatStyle(includingFractionalSeconds: true, timeZone: .gmt)

    /// "YYYY-MM-DDTHH:MM:SS.SSSZ", UTC.
    static func instantText(_ date: Date) -> String { date.formatted(instant) }
}
