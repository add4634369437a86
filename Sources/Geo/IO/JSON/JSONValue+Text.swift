/// The one JSON encoder: compact text (no whitespace), object keys sorted (as Swift
/// orders strings), so that equal values give equal text. Strings escape what RFC 8259
/// requires (`"`, `\` and U+0000–U+001F) and nothing else: `/` and non-ASCII text are
/// written as they are, byte for byte as the export's `JSONText` writes them. Numbers
/// are the shortest text that reads back to the same `Double`; integers (up to 2^53)
/// without ".0"; -0 as "-0"; a non-finite number, which JSON cannot hold and
/// ``JSONParser`` never yields, as `null`.
///
/// The text is built as UTF-8 bytes: appending bytes to a `[UInt8]` costs a fraction of
/// appending small strings (the parcels export of 100 000 features spent a quarter of
/// its time in `String` appends).
extension JSONValue {
    /// The compact JSON text of the value.
    public var jsonText: String {
        var out: [UInt8] = []
        append(to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends the compact JSON text of the value to `out`, as UTF-8.
    public func append(to out: inout [UInt8]) {
        switch self {
        case .null: out.append(contentsOf: "null".utf8)
        case .bool(let b): out.append(contentsOf: (b ? "true" : "false").utf8)
        case .number(let n): out.append(contentsOf: Self.numberText(n).utf8)
        case .string(let s): Self.appendString(s, to: &out)
        case .array(let a):
            out.append(UInt8(ascii: "["))
            for (k, v) in a.enumerated() {
                if k > 0 { out.append(UInt8(ascii: ",")) }
                v.append(to: &out)
            }
            out.append(UInt8(ascii: "]"))
        case .object(let o):
            out.append(UInt8(ascii: "{"))
            for (k, m) in o.members.sorted(by: { $0.key < $1.key }).enumerated() {
                if k > 0 { out.append(UInt8(ascii: ",")) }
                Self.appendString(m.key, to: &out)
                out.append(UInt8(ascii: ":"))
                m.value.append(to: &out)
            }
            out.append(UInt8(ascii: "}"))
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

    /// Appends `s` as a JSON string literal, in UTF-8: `"`, `\` and C0 controls escaped
    /// (`\n \r \t`, the others as `\u00xx`), everything else as it is. These are all
    /// single UTF-8 bytes (a multi-byte character's bytes are all ≥ 0x80), so the text is
    /// copied in runs between them: most text needs no escape and is copied whole.
    public static func appendString(_ s: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        if s.utf8.withContiguousStorageIfAvailable({ appendEscaped($0, to: &out) }) == nil {
            Array(s.utf8).withUnsafeBufferPointer { appendEscaped($0, to: &out) }
        }
        out.append(UInt8(ascii: "\""))
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    private static func appendEscaped(_ bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        var run = 0
        for i in bytes.indices {
            let b = bytes[i]
            guard b < 0x20 || b == 0x22 || b == 0x5C else { continue }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<i]))
            run = i + 1
            switch b {
            case 0x22: out.append(contentsOf: #"\""#.utf8)
            case 0x5C: out.append(contentsOf: #"\\"#.utf8)
            case 0x0A: out.append(contentsOf: #"\n"#.utf8)
            case 0x0D: out.append(contentsOf: #"\r"#.utf8)
            case 0x09: out.append(contentsOf: #"\t"#.utf8)
            default:
                out.append(contentsOf: #"\u00"#.utf8)
                out.append(hexDigits[Int(b >> 4)])
                out.append(hexDigits[Int(b & 0xF)])
            }
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run...]))
    }
}
