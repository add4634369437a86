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
        return VietnameseName.nfc(s.trimmingCharacters(in: .whitespaces))
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
}
