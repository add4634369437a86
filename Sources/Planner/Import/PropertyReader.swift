/// Reads typed properties of one feature, reporting each missing or unreadable one, and
/// keeps every property it was not asked for as an attribute.
struct PropertyReader {
    private let properties: [String: AttributeValue]
    private var used: Set<String> = []

    init(_ properties: [String: AttributeValue]) { self.properties = properties }

    /// The properties nobody read, kept as attributes.
    var attributes: [String: AttributeValue] { properties.filter { !used.contains($0.key) } }

    private mutating func value(_ key: String, required: Bool, _ issues: inout FeatureIssues) -> AttributeValue? {
        used.insert(key)
        let v = properties[key]
        let missing = v == nil || v == .null || v == .string("")
        if missing {
            if required { issues.add(.missingProperty, "missing required property \"\(key)\"") }
            return nil
        }
        return v
    }

    /// A text property (an integral number is read as its digits).
    mutating func string(_ key: String, required: Bool = false, _ issues: inout FeatureIssues) -> String? {
        guard let v = value(key, required: required, &issues) else { return nil }
        guard let s = v.identifierText else {
            issues.add(.badValue, "property \"\(key)\" must be text, got \(v)")
            return nil
        }
        let text = PropertyText.normalized(s)
        if let bad = PropertyText.controlCharacter(in: text) {
            issues.add(.badValue, "property \"\(key)\" contains the control character U+\(String(bad.value, radix: 16, uppercase: true).leftPadded(4))")
            return nil
        }
        return text
    }

    /// A number property (a numeric string is accepted); `minimum` is inclusive.
    mutating func number(_ key: String, required: Bool = false, minimum: Double? = nil, _ issues: inout FeatureIssues) -> Double? {
        guard let v = value(key, required: required, &issues) else { return nil }
        let n = v.numberValue ?? v.stringValue.flatMap { Double($0.trimmingCharacters(in: .whitespaces)) }
        guard let n, n.isFinite else {
            issues.add(.badValue, "property \"\(key)\" must be a number, got \(v)")
            return nil
        }
        if let minimum, n < minimum {
            issues.add(.badValue, "property \"\(key)\" must be at least \(minimum), got \(n)")
            return nil
        }
        return n
    }

    /// A whole, non-negative number property.
    mutating func count(_ key: String, required: Bool = false, _ issues: inout FeatureIssues) -> Int? {
        guard let n = number(key, required: required, minimum: 0, &issues) else { return nil }
        guard n == n.rounded(), n < 1e9 else {
            issues.add(.badValue, "property \"\(key)\" must be a whole number, got \(n)")
            return nil
        }
        return Int(n)
    }

    /// An ISO "YYYY-MM-DD" date property.
    mutating func date(_ key: String, required: Bool = false, _ issues: inout FeatureIssues) -> LocalDate? {
        guard let s = string(key, required: required, &issues) else { return nil }
        if let quick = Self.isoDate(s) { return quick }
        do { return try LocalDate(iso: s) } catch {
            issues.add(.badValue, "property \"\(key)\": \(error)")
            return nil
        }
    }

    /// A property naming one of a fixed set of values; an unknown name lists the valid ones.
    mutating func choice<E: RawRepresentable & CaseIterable>(_ key: String, required: Bool = false, _ issues: inout FeatureIssues) -> E?
    where E.RawValue == String {
        guard let s = string(key, required: required, &issues) else { return nil }
        if let e = E(rawValue: s) { return e }
        let valid = E.allCases.map(\.rawValue).joined(separator: ", ")
        issues.add(.unknownValue, "unknown \(key) \"\(s)\" (valid: \(valid))")
        return nil
    }

    /// The raw value of a property (marked as read).
    mutating func raw(_ key: String, _ issues: inout FeatureIssues) -> AttributeValue? {
        value(key, required: false, &issues)
    }

    /// A well-formed "YYYY-MM-DD" read straight from its bytes; `nil` sends anything
    /// else (and impossible days) to ``LocalDate/init(iso:)`` for its message.
    static func isoDate(_ text: String) -> LocalDate? {
        var text = text
        return text.withUTF8 { b -> LocalDate? in
            guard b.count == 10, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-") else { return nil }
            func number(_ range: Range<Int>) -> Int? {
                var n = 0
                for i in range {
                    let d = b[i] &- 48
                    guard d < 10 else { return nil }
                    n = n * 10 + Int(d)
                }
                return n
            }
            guard let y = number(0..<4), let m = number(5..<7), let d = number(8..<10) else { return nil }
            return LocalDate(year: y, month: m, day: d)
        }
    }
}
