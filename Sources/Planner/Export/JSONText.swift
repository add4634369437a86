/// Writes JSON text for strings and attribute values (the part of GeoJSON that is not
/// geometry). Non-finite numbers become `null`, as JSON has no NaN.
public enum JSONText {
    /// A JSON string literal with the required escapes.
    public static func string(_ s: String) -> String {
        var out = "\""
        out.reserveCapacity(s.utf8.count + 2)
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20: out += String(format: "\\u%04x", scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// A JSON number: integers without a fraction, others in shortest round-trip form.
    public static func number(_ v: Double) -> String {
        guard v.isFinite else { return "null" }
        if v == v.rounded(), abs(v) < 1e15 { return String(Int64(v)) }
        return "\(v)"
    }

    /// Any attribute value.
    public static func value(_ v: AttributeValue) -> String {
        switch v {
        case .null: "null"
        case .bool(let b): b ? "true" : "false"
        case .number(let n): number(n)
        case .string(let s): string(s)
        case .array(let a): "[" + a.map(value).joined(separator: ",") + "]"
        case .object(let o): "{" + o.sorted { $0.key < $1.key }.map { string($0.key) + ":" + value($0.value) }.joined(separator: ",") + "}"
        }
    }

    /// An object from ordered members.
    public static func object(_ members: [(String, AttributeValue)]) -> String {
        "{" + members.map { string($0.0) + ":" + value($0.1) }.joined(separator: ",") + "}"
    }
}

#if canImport(Foundation)
import Foundation
#endif
