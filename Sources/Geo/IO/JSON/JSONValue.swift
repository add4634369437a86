/// One JSON value (RFC 8259) as ``JSONParser`` reads it: numbers as the nearest `Double`
/// (read exactly, see ``JSONNumberText``), objects with their members in document order.
/// For small documents (a feature's properties, stored attributes); a large file is
/// framed by ``GeoJSONFramer`` and parsed one feature at a time.
public enum JSONValue: Hashable, Sendable {
    /// `null`.
    case null
    /// `true` or `false` (never a number).
    case bool(Bool)
    /// A number (JSON has one number type); always finite.
    case number(Double)
    /// A string, exactly as decoded (no normalisation).
    case string(String)
    /// An array.
    case array([JSONValue])
    /// An object, members in document order.
    case object(JSONObject)

    /// The string, or `nil` when the value is not a string.
    public var stringValue: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    /// The number, or `nil` when the value is not a number (booleans are not numbers).
    public var numberValue: Double? {
        if case .number(let n) = self { return n }
        return nil
    }

    /// The member `key` of an object; `nil` when absent or when the value is not an object.
    public subscript(key: String) -> JSONValue? {
        if case .object(let o) = self { return o[key] }
        return nil
    }

    /// The element at `index` of an array; `nil` when out of range or not an array.
    public subscript(index: Int) -> JSONValue? {
        if case .array(let a) = self, a.indices.contains(index) { return a[index] }
        return nil
    }

    /// What sort of value this is, for messages ("an object", "a number"…).
    public var kindName: String {
        switch self {
        case .null: "null"
        case .bool: "a boolean"
        case .number: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }
}
