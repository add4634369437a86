import Geo

/// Attributes and JSON: read from ``Geo/JSONValue`` (what ``Geo/JSONParser`` gives) and
/// written back through it, so one parser and one encoder serve the import, messages and
/// stored attributes.
extension AttributeValue {
    /// The value of parsed JSON (an object's members keyed by name; keys are unique).
    public init(_ json: JSONValue) {
        switch json {
        case .null: self = .null
        case .bool(let b): self = .bool(b)
        case .number(let n): self = .number(n)
        case .string(let s): self = .string(s)
        case .array(let a): self = .array(a.map(AttributeValue.init))
        case .object(let o): self = .object(Self.attributes(o))
        }
    }

    /// The members of a parsed object, keyed by name.
    public static func attributes(_ object: JSONObject) -> [String: AttributeValue] {
        var out: [String: AttributeValue] = Dictionary(minimumCapacity: object.count)
        for m in object { out[m.key] = AttributeValue(m.value) }
        return out
    }

    /// The value as JSON; object members in key order.
    public var json: JSONValue {
        switch self {
        case .null: .null
        case .bool(let b): .bool(b)
        case .number(let n): .number(n)
        case .string(let s): .string(s)
        case .array(let a): .array(a.map(\.json))
        case .object(let o): .object(JSONObject(o.keys.sorted().map { JSONObject.Member(key: $0, value: o[$0]!.json) }))
        }
    }
}
