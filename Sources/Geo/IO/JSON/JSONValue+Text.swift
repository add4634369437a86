/// The one JSON encoder: compact text (no whitespace), object keys sorted (as Swift
/// orders strings), so that equal values give equal text. Strings escape what RFC 8259
/// requires (`"`, `\` and U+0000–U+001F) and nothing else: `/` and non-ASCII text are
/// written as they are, byte for byte as the export's `JSONText` writes them. Numbers
/// are the shortest text that reads back to the same `Double`; integers (up to 2^53)
/// without ".0"; -0 as "-0"; a non-finite number, which JSON cannot hold and
/// ``JSONParser`` never yields, as `null`.
extension JSONValue {
    /// The compact JSON text of the value.
    public var jsonText: String {
        var out = ""
        append(to: &out)
        return out
    }

    /// Appends the compact JSON text of the value to `out`.
    public func append(to out: inout String) {
        switch self {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .number(let n): out += Self.numberText(n)
        case .string(let s): Self.appendString(s, to: &out)
        case .array(let a):
            out += "["
            for (k, v) in a.enumerated() {
                if k > 0 { out += "," }
                v.append(to: &out)
            }
            out += "]"
        case .object(let o):
            out += "{"
            for (k, m) in o.members.sorted(by: { $0.key < $1.key }).enumerated() {
                if k > 0 { out += "," }
                Self.appendString(m.key, to: &out)
                out += ":"
                m.value.append(to: &out)
            }
            out += "}"
        }
    }

    /// The shortest text that reads back as `n`; integral values up to 2^53 as digits.
    public static func numberText(_ n: Double) -> String {
        guard n.isFinite else { return "null" }
        if n == n.rounded(), n.magnitude <= 9_007_199_254_740_992 {
            return n == 0 && n.sign == .minus ? "-0" : String(Int64(n))
        }
        return n.description
    }

    /// Appends `s` as a JSON string literal: `"`, `\` and C0 controls escaped (`\n \r \t`,
    /// the others as `\u00xx`), everything else as it is. Most text needs no escape and is
    /// copied whole.
    public static func appendString(_ s: String, to out: inout String) {
        out += "\""
        // Only '"', '\' and C0 controls need escaping; they are single UTF-8 bytes.
        let plain = s.utf8.withContiguousStorageIfAvailable { bytes in
            !bytes.contains { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }
        } ?? !s.utf8.contains { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }
        guard !plain else {
            out += s
            out += "\""
            return
        }
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }
}
