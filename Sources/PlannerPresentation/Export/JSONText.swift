import Geo
import Planner

/// Writes JSON text for strings and attribute values (the part of GeoJSON that is not
/// geometry). Non-finite numbers become `null`, as JSON has no NaN.
///
/// The `append` forms write UTF-8 bytes into a growing buffer (no intermediate strings):
/// the export of a million parcels spends most of its time here. Strings are escaped by
/// the one escaper, ``Geo/JSONValue/appendString(_:to:)``.
public enum JSONText {
    /// A JSON string literal with the required escapes.
    public static func string(_ s: String) -> String { text { append(string: s, to: &$0) } }

    /// Appends a JSON string literal with the required escapes (``Geo/JSONValue/appendString(_:to:)``).
    public static func append(string s: String, to out: inout [UInt8]) {
        JSONValue.appendString(s, to: &out)
    }

    /// A JSON number: the full double (``NumberText/roundTrip(_:)``), `null` when not finite.
    public static func number(_ v: Double) -> String { NumberText.roundTrip(v) ?? "null" }

    /// Appends a JSON number (``number(_:)``).
    public static func append(number v: Double, to out: inout [UInt8]) {
        out.append(contentsOf: number(v).utf8)
    }

    /// Any attribute value.
    public static func value(_ v: AttributeValue) -> String { text { append(value: v, to: &$0) } }

    /// Appends any attribute value.
    public static func append(value v: AttributeValue, to out: inout [UInt8]) {
        switch v {
        case .null: out.append(contentsOf: "null".utf8)
        case .bool(let b): out.append(contentsOf: (b ? "true" : "false").utf8)
        case .number(let n): append(number: n, to: &out)
        case .string(let s): append(string: s, to: &out)
        case .array(let a):
            out.append(UInt8(ascii: "["))
            for (i, x) in a.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                append(value: x, to: &out)
            }
            out.append(UInt8(ascii: "]"))
        case .object(let o):
            out.append(UInt8(ascii: "{"))
            for (i, member) in o.sorted(by: { $0.key < $1.key }).enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                append(string: member.key, to: &out)
                out.append(UInt8(ascii: ":"))
                append(value: member.value, to: &out)
            }
            out.append(UInt8(ascii: "}"))
        }
    }

    /// An object from ordered members.
    public static func object(_ members: [(String, AttributeValue)]) -> String { text { append(object: members, to: &$0) } }

    /// Appends an object from ordered members.
    public static func append(object members: [(String, AttributeValue)], to out: inout [UInt8]) {
        out.append(UInt8(ascii: "{"))
        for (i, member) in members.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            append(string: member.0, to: &out)
            out.append(UInt8(ascii: ":"))
            append(value: member.1, to: &out)
        }
        out.append(UInt8(ascii: "}"))
    }

    /// The text `write` appends.
    private static func text(_ write: (inout [UInt8]) -> Void) -> String {
        var out: [UInt8] = []
        write(&out)
        return String(decoding: out, as: UTF8.self)
    }
}
