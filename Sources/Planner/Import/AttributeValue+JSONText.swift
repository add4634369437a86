import Foundation

/// Compact JSON text of a value, for messages (keys sorted, numbers as Swift prints them).
extension AttributeValue {
    var jsonText: String {
        switch self {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .number(let n): return n == n.rounded() && abs(n) < 1e15 ? String(Int64(n)) : "\(n)"
        case .string(let s): return "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
        case .array(let a): return "[" + a.map(\.jsonText).joined(separator: ",") + "]"
        case .object(let o): return "{" + o.keys.sorted().map { "\(AttributeValue.string($0).jsonText):\(o[$0]!.jsonText)" }.joined(separator: ",") + "}"
        }
    }
}
