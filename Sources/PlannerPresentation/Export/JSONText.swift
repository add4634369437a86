import Geo
import Planner

/// Writes JSON text for strings and attribute values (the part of GeoJSON that is not
/// geometry). Non-finite numbers become `null`, as JSON has no NaN.
///
/// The `append` forms write into a growing text (no intermediate strings): the export
/// of a million parcels spends most of its time here.
public enum JSONText {
    /// A JSON string literal with the required escapes.
    public static func string(_ s: String) -> String { JSONValue.string(s).jsonText }

    /// Appends a JSON string literal with the required escapes (``Geo/JSONValue/appendString(_:to:)``).
    public static func append(string s: String, to out: inout String) {
        JSONValue.appendString(s, to: &out)
    }

    /// A JSON number: the full double (``NumberText/roundTrip(_:)``), `null` when not finite.
    public static func number(_ v: Double) -> String { NumberText.roundTrip(v) ?? "null" }

    /// Any attribute value.
    public static func value(_ v: AttributeValue) -> String {
        var out = ""
        append(value: v, to: &out)
        return out
    }

    /// Appends any attribute value.
    public static func append(value v: AttributeValue, to out: inout String) {
        switch v {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .number(let n): out += number(n)
        case .string(let s): append(string: s, to: &out)
        case .array(let a):
            out += "["
            for (i, x) in a.enumerated() {
                if i > 0 { out += "," }
                append(value: x, to: &out)
            }
            out += "]"
        case .object(let o):
            out += "{"
            for (i, member) in o.sorted(by: { $0.key < $1.key }).enumerated() {
                if i > 0 { out += "," }
                append(string: member.key, to: &out)
                out += ":"
                append(value: member.value, to: &out)
            }
            out += "}"
        }
    }

    /// An object from ordered members.
    public static func object(_ members: [(String, AttributeValue)]) -> String {
        var out = ""
        append(object: members, to: &out)
        return out
    }

    /// Appends an object from ordered members.
    public static func append(object members: [(String, AttributeValue)], to out: inout String) {
        out += "{"
        for (i, member) in members.enumerated() {
            if i > 0 { out += "," }
            append(string: member.0, to: &out)
            out += ":"
            append(value: member.1, to: &out)
        }
        out += "}"
    }
}

#if canImport(Foundation)
import Foundation
#endif
