/// A feature property kept as it was read (a JSON value), for attributes the planner
/// has no field of its own for.
public enum AttributeValue: Hashable, Sendable {
    /// JSON `null`.
    case null
    /// `true` or `false`.
    case bool(Bool)
    /// A number (JSON has one number type).
    case number(Double)
    /// A string.
    case string(String)
    /// An array.
    case array([AttributeValue])
    /// An object.
    case object([String: AttributeValue])

    /// The string, or `nil` when the value is not a string.
    public var stringValue: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    /// The number, or `nil` when the value is not a number.
    public var numberValue: Double? {
        if case .number(let n) = self { return n }
        return nil
    }

    /// The value as an identifier: a string as is, an integral number without ".0";
    /// `nil` for anything else.
    public var identifierText: String? {
        switch self {
        case .string(let s): return s
        case .number(let n) where n == n.rounded() && abs(n) < 1e15: return String(Int64(n))
        default: return nil
        }
    }
}
