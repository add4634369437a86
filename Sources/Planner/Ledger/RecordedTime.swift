import Foundation

/// A moment of transaction time: when something was written into the record (not the day
/// it happened, which is an event's valid time). Kept to the millisecond, in UTC, and
/// written as ISO 8601 text `YYYY-MM-DDTHH:MM:SS.SSSZ`, whose text order is time order
/// (the store compares it as text).
public struct RecordedTime: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Milliseconds since 1970-01-01T00:00:00Z.
    public var milliseconds: Int64

    /// The moment `milliseconds` after the Unix epoch.
    public init(milliseconds: Int64) { self.milliseconds = milliseconds }

    /// The moment of `date`, to the millisecond (truncated).
    public init(_ date: Date) {
        milliseconds = Int64((date.timeIntervalSince1970 * 1000).rounded(.down))
    }

    /// Now.
    public static var now: RecordedTime { RecordedTime(Date()) }

    /// "2026-10-05T10:00:00.000Z" (written digit by digit: every ledger entry of an export
    /// passes here).
    public var description: String {
        let seconds = milliseconds.quotientAndRemainder(dividingBy: 1000)
        let (s, ms) = seconds.remainder < 0 ? (seconds.quotient - 1, seconds.remainder + 1000) : seconds
        let days = s.quotientAndRemainder(dividingBy: 86_400)
        let (d, t) = days.remainder < 0 ? (days.quotient - 1, days.remainder + 86_400) : days
        let day = LocalDate(daysSinceEpoch: Int(d))
        guard (0...9999).contains(day.year) else {
            func two(_ v: Int64) -> String { v < 10 ? "0\(v)" : "\(v)" }
            let msText = ms < 10 ? "00\(ms)" : ms < 100 ? "0\(ms)" : "\(ms)"
            return "\(day)T\(two(t / 3600)):\(two(t / 60 % 60)):\(two(t % 60)).\(msText)Z"
        }
        return String(unsafeUninitializedCapacity: 24) { out in
            func put(_ v: Int, _ at: Int, _ width: Int) {
                var v = v
                for i in stride(from: at + width - 1, through: at, by: -1) {
                    out[i] = UInt8(0x30 + v % 10)
                    v /= 10
                }
            }
            put(day.year, 0, 4); out[4] = 0x2D; put(day.month, 5, 2); out[7] = 0x2D; put(day.day, 8, 2); out[10] = 0x54
            put(Int(t / 3600), 11, 2); out[13] = 0x3A; put(Int(t / 60 % 60), 14, 2); out[16] = 0x3A; put(Int(t % 60), 17, 2)
            out[19] = 0x2E; put(Int(ms), 20, 3); out[23] = 0x5A
            return 24
        }
    }

    public static func < (a: RecordedTime, b: RecordedTime) -> Bool { a.milliseconds < b.milliseconds }

    /// Vietnam's offset from UTC (UTC+7, no daylight saving), seconds.
    public static let vietnamOffsetSeconds: Int64 = 7 * 3600

    /// Reads a moment as users type it: `2026-10-05T17:30:00Z`, `2026-10-05T17:30:00+07:00`,
    /// `2026-10-05T17:30` (Vietnam time), with or without seconds and fractions; or a bare
    /// day `2026-10-05`, meaning the end of that day in Vietnam (everything recorded on it).
    /// - Throws: ``RecordedTimeError`` saying what is wrong.
    public static func parse(_ text: String) throws(RecordedTimeError) -> RecordedTime {
        let t = text.trimmingCharacters(in: .whitespaces)
        let dayText = String(t.prefix(10))
        let day: LocalDate
        do { day = try LocalDate(iso: dayText) } catch {
            throw RecordedTimeError(text: text, reason: error.reason.hasPrefix("no such day")
                ? "\(dayText) is not a day of the calendar"
                : "expected YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS[.sss]][Z|±HH:MM]")
        }
        let dayStart = Int64(day.daysSinceEpoch) * 86_400_000
        let rest = t.dropFirst(10)
        if rest.isEmpty { return RecordedTime(milliseconds: dayStart + 86_400_000 - 1 - vietnamOffsetSeconds * 1000) }
        guard rest.first == "T" || rest.first == " " else { throw RecordedTimeError(text: text, reason: "expected \"T\" after the day") }
        var clock = Substring(rest.dropFirst())
        var offset = vietnamOffsetSeconds
        if clock.hasSuffix("Z") {
            offset = 0
            clock = clock.dropLast()
        } else if let sign = clock.lastIndex(where: { $0 == "+" || $0 == "-" }) {
            let zone = clock[sign...]
            let parts = zone.dropFirst().split(separator: ":")
            guard parts.count <= 2, parts[0].count == (parts.count == 2 ? 2 : 4) || (parts.count == 1 && parts[0].count == 2),
                  let h = Int64(parts[0].prefix(2)), h <= 14,
                  let m = parts.count == 2 ? Int64(parts[1]) : (parts[0].count == 4 ? Int64(parts[0].suffix(2)) : 0), m < 60 else {
                throw RecordedTimeError(text: text, reason: "the UTC offset \"\(zone)\" is not ±HH:MM")
            }
            offset = (h * 3600 + m * 60) * (zone.first == "-" ? -1 : 1)
            clock = clock[..<sign]
        }
        let fields = clock.split(separator: ":", omittingEmptySubsequences: false)
        guard (2...3).contains(fields.count), let h = Int64(fields[0]), let m = Int64(fields[1]), fields[0].count == 2,
              fields[1].count == 2, h < 24, m < 60 else {
            throw RecordedTimeError(text: text, reason: "the time of day is not HH:MM[:SS[.sss]]")
        }
        var ms: Int64 = 0
        if fields.count == 3 {
            let secondParts = fields[2].split(separator: ".", omittingEmptySubsequences: false)
            guard let s = Int64(secondParts[0]), secondParts[0].count == 2, s < 60, secondParts.count <= 2 else {
                throw RecordedTimeError(text: text, reason: "the seconds are not SS[.sss]")
            }
            ms = s * 1000
            if secondParts.count == 2 {
                let digits = String(secondParts[1].prefix(3)).padding(toLength: 3, withPad: "0", startingAt: 0)
                guard !secondParts[1].isEmpty, secondParts[1].allSatisfy(\.isNumber), let f = Int64(digits) else {
                    throw RecordedTimeError(text: text, reason: "the fraction of a second is not digits")
                }
                ms += f
            }
        }
        return RecordedTime(milliseconds: dayStart + (h * 3600 + m * 60 - offset) * 1000 + ms)
    }

    /// Reads the store's own text (`YYYY-MM-DDTHH:MM:SS.SSSZ`); `nil` when it is not that.
    /// Read byte by byte at fixed places: every ledger entry of an export passes here
    /// (through ``parse(_:)`` it was a fifth of `export` at 100 000 parcels).
    public init?(storedText: String) {
        var text = storedText
        guard let t = text.withUTF8({ Self.stored($0) }) else { return nil }
        self = t
    }

    /// `YYYY-MM-DDTHH:MM:SS.SSSZ` in `b`, or `nil`.
    private static func stored(_ b: UnsafeBufferPointer<UInt8>) -> RecordedTime? {
        guard b.count == 24, b[4] == 0x2D, b[7] == 0x2D, b[10] == 0x54, b[13] == 0x3A, b[16] == 0x3A, b[19] == 0x2E,
              b[23] == 0x5A else { return nil }
        func number(_ from: Int, _ count: Int) -> Int? {
            var v = 0
            for i in from..<from + count {
                let d = Int(b[i]) - 0x30
                guard (0...9).contains(d) else { return nil }
                v = v * 10 + d
            }
            return v
        }
        guard let y = number(0, 4), let mo = number(5, 2), let d = number(8, 2), let day = LocalDate(year: y, month: mo, day: d),
              let h = number(11, 2), h < 24, let mi = number(14, 2), mi < 60, let sec = number(17, 2), sec < 60,
              let ms = number(20, 3) else { return nil }
        let seconds = Int64(day.daysSinceEpoch) * 86_400 + Int64(h * 3600 + mi * 60 + sec)
        return RecordedTime(milliseconds: seconds * 1000 + Int64(ms))
    }
}

/// A transaction time that cannot be read.
public struct RecordedTimeError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The text given.
    public var text: String
    /// What is wrong with it.
    public var reason: String

    /// "\"2026-13-01\" is not a moment: month 13 does not exist".
    public var description: String { "\"\(text)\" is not a moment: \(reason)" }
}
