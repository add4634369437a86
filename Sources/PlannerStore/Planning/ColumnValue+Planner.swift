import Foundation
import Planner

/// Conversions between stored column values and the planner's value types.
extension ColumnValue {
    /// A DATE value for a calendar day (stored as "YYYY-MM-DD").
    init(_ date: LocalDate?) {
        guard let date else { self = .null; return }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let instant = calendar.date(from: DateComponents(year: date.year, month: date.month, day: date.day))!
        self = .date(instant)
    }

    /// TEXT, or NULL for `nil`.
    init(_ text: String?) { self = text.map(ColumnValue.text) ?? .null }

    /// REAL, or NULL for `nil`.
    init(_ number: Double?) { self = number.map(ColumnValue.real) ?? .null }

    /// INTEGER, or NULL for `nil`.
    init(_ number: Int?) { self = number.map { .integer(Int64($0)) } ?? .null }

    /// The text, `nil` for NULL or non-text.
    var text: String? {
        if case .text(let s) = self { return s }
        return nil
    }

    /// The number (REAL or INTEGER), `nil` otherwise.
    var double: Double? {
        switch self {
        case .real(let d): d
        case .integer(let i): Double(i)
        default: nil
        }
    }

    /// The INTEGER, `nil` otherwise.
    var int: Int? {
        if case .integer(let i) = self { return Int(i) }
        return nil
    }

    /// The calendar day of a DATE value (or of ISO text), `nil` otherwise.
    var localDate: LocalDate? {
        switch self {
        case .date(let d):
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = TimeZone(identifier: "UTC")!
            let c = calendar.dateComponents([.year, .month, .day], from: d)
            return LocalDate(year: c.year!, month: c.month!, day: c.day!)
        case .text(let s): return try? LocalDate(iso: s)
        default: return nil
        }
    }
}

/// Kept feature properties, stored as one JSON object in an `attributes` TEXT column.
enum AttributesJSON {
    static func encode(_ attributes: [String: AttributeValue]) -> ColumnValue {
        guard !attributes.isEmpty else { return .null }
        let object = attributes.mapValues(foundation)
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]) else { return .null }
        return .text(String(decoding: data, as: UTF8.self))
    }

    static func decode(_ value: ColumnValue?) -> [String: AttributeValue] {
        guard let text = value?.text, let attributes = try? AttributeValue.object(jsonText: text) else { return [:] }
        return attributes
    }

    static func encode(_ strings: [String]) -> ColumnValue {
        guard !strings.isEmpty, let data = try? JSONSerialization.data(withJSONObject: strings) else { return .null }
        return .text(String(decoding: data, as: UTF8.self))
    }

    static func decodeStrings(_ value: ColumnValue?) -> [String] {
        guard let text = value?.text, let data = text.data(using: .utf8) else { return [] }
        return (try? JSONSerialization.jsonObject(with: data)) as? [String] ?? []
    }

    static func foundation(_ value: AttributeValue) -> Any {
        switch value {
        case .null: NSNull()
        case .bool(let b): b
        case .number(let n): n
        case .string(let s): s
        case .array(let a): a.map(foundation)
        case .object(let o): o.mapValues(foundation)
        }
    }
}
