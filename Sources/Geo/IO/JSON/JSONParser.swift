/// The one JSON reader: a small pull parser over UTF-8 bytes that builds ``JSONValue``s
/// directly: no Foundation objects, no bridging. Strict RFC 8259: escapes including
/// `\uXXXX` and surrogate pairs, numbers read exactly (``JSONNumberText``), control
/// characters and malformed UTF-8 refused. Duplicate object keys: the last one wins.
///
/// Works on one complete value (a feature, a top-level member, a stored attribute text)
/// already in memory; `fileOffset` is the file position of `bytes[0]`, so errors name
/// file offsets. A large file is framed first (``GeoJSONFramer``).
public struct JSONParser {
    let bytes: UnsafeBufferPointer<UInt8>
    let fileOffset: Int
    /// The next byte to read.
    var position: Int
    private var depth = 0
    /// Deeper nesting is refused rather than risking the stack.
    static let maximumDepth = 512

    init(_ bytes: UnsafeBufferPointer<UInt8>, at position: Int = 0, fileOffset: Int = 0) {
        self.bytes = bytes
        self.position = position
        self.fileOffset = fileOffset
    }

    /// Parses one whole JSON text: one value with nothing but whitespace after it.
    /// - Parameter fileOffset: the file offset of `bytes[0]`, added to error offsets.
    public static func parse(_ bytes: UnsafeBufferPointer<UInt8>, fileOffset: Int = 0) throws(JSONSyntaxError) -> JSONValue {
        var parser = JSONParser(bytes, fileOffset: fileOffset)
        let value = try parser.value()
        try parser.expectEnd()
        return value
    }

    /// Parses one whole JSON text held in a string; error offsets count its UTF-8 bytes.
    public static func parse(_ text: String) throws(JSONSyntaxError) -> JSONValue {
        try reading(text) { (bytes) throws(JSONSyntaxError) in try parse(bytes) }
    }

    /// Runs `body` on the UTF-8 bytes of `text`.
    static func reading<T>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) throws(JSONSyntaxError) -> T) throws(JSONSyntaxError) -> T {
        var text = text
        return try text.withUTF8 { bytes in Result { () throws(JSONSyntaxError) -> T in try body(bytes) } }.get()
    }

    /// Checks that nothing but whitespace follows.
    mutating func expectEnd() throws(JSONSyntaxError) {
        skipWhitespace()
        if position < bytes.count { throw unexpected("after the value") }
    }

    /// Skips JSON whitespace (space, tab, CR, LF).
    @inline(__always) mutating func skipWhitespace() {
        while position < bytes.count {
            let b = bytes[position]
            guard b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 else { return }
            position += 1
        }
    }

    /// Parses the value at `position` (after whitespace).
    mutating func value() throws(JSONSyntaxError) -> JSONValue {
        skipWhitespace()
        guard position < bytes.count else { throw error("unexpected end of the text, expected a value") }
        switch bytes[position] {
        case UInt8(ascii: "{"): return .object(try object())
        case UInt8(ascii: "["): return .array(try array())
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            let (n, next) = try JSONNumberText.parse(bytes, at: position, fileOffset: fileOffset)
            position = next
            return .number(n)
        case UInt8(ascii: "t"): try literal("true"); return .bool(true)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false)
        case UInt8(ascii: "n"): try literal("null"); return .null
        default: throw unexpected("where a value should start")
        }
    }

    /// Parses an object (at `{`).
    mutating func object() throws(JSONSyntaxError) -> JSONObject {
        try enter()
        defer { depth -= 1 }
        position += 1
        var out: [JSONObject.Member] = []
        if try isEmpty(closing: UInt8(ascii: "}")) { return JSONObject() }
        repeat {
            skipWhitespace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else { throw unexpected("where an object key should start") }
            let key = try string()
            skipWhitespace()
            try expect(UInt8(ascii: ":"), "after an object key")
            out.append(JSONObject.Member(key: key, value: try value()))
        } while try more(closing: UInt8(ascii: "}"), "an object", "an object member")
        return JSONObject(out)
    }

    /// Parses an array (at `[`).
    mutating func array() throws(JSONSyntaxError) -> [JSONValue] {
        try enter()
        defer { depth -= 1 }
        position += 1
        var out: [JSONValue] = []
        if try isEmpty(closing: UInt8(ascii: "]")) { return out }
        repeat {
            out.append(try value())
        } while try more(closing: UInt8(ascii: "]"), "an array", "an array element")
        return out
    }

    /// After an opening bracket: true (and past it) when `closing` follows at once.
    mutating func isEmpty(closing: UInt8) throws(JSONSyntaxError) -> Bool {
        skipWhitespace()
        guard position < bytes.count, bytes[position] == closing else { return false }
        position += 1
        return true
    }

    /// After an element of `container`: true past a `,`, false past `closing`.
    mutating func more(closing: UInt8, _ container: String, _ element: String) throws(JSONSyntaxError) -> Bool {
        skipWhitespace()
        guard position < bytes.count else { throw error("unexpected end of the text inside \(container)") }
        let b = bytes[position]
        position += 1
        if b == UInt8(ascii: ",") { return true }
        if b == closing { return false }
        position -= 1
        throw unexpected("after \(element) (expected ',' or '\(Character(Unicode.Scalar(closing)))')")
    }

    /// Parses a string (at `"`), decoding escapes; the text is checked to be UTF-8.
    mutating func string() throws(JSONSyntaxError) -> String {
        position += 1
        let start = position
        var ascii = true
        while position < bytes.count {
            let b = bytes[position]
            if b == UInt8(ascii: "\"") {
                let text = UnsafeBufferPointer(rebasing: bytes[start..<position])
                if !ascii, let bad = UTF8Check.firstInvalidByte(bytes, in: start..<position) { throw invalidUTF8(at: bad) }
                position += 1
                return String(decoding: text, as: UTF8.self)
            }
            if b == UInt8(ascii: "\\") { return try escapedString(from: start) }
            if b < 0x20 { throw error("control character 0x\(String(b, radix: 16, uppercase: true)) inside a string (it must be escaped)") }
            if b >= 0x80 { ascii = false }
            position += 1
        }
        throw error("unexpected end of the text inside a string")
    }

    /// The slow path of ``string()``: the string holds escapes.
    private mutating func escapedString(from start: Int) throws(JSONSyntaxError) -> String {
        if let bad = UTF8Check.firstInvalidByte(bytes, in: start..<position) { throw invalidUTF8(at: bad) }
        var out = Array(UnsafeBufferPointer(rebasing: bytes[start..<position]))
        var runStart = position
        while position < bytes.count {
            let b = bytes[position]
            if b == UInt8(ascii: "\"") {
                try appendRun(runStart, &out)
                position += 1
                return String(decoding: out, as: UTF8.self)
            }
            if b < 0x20 { throw error("control character 0x\(String(b, radix: 16, uppercase: true)) inside a string (it must be escaped)") }
            guard b == UInt8(ascii: "\\") else { position += 1; continue }
            try appendRun(runStart, &out)
            position += 1
            guard position < bytes.count else { break }
            let e = bytes[position]
            position += 1
            switch e {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "u"): out.append(contentsOf: String(try unicodeEscape()).utf8)
            default:
                position -= 2
                throw error("invalid escape \\\(Character(Unicode.Scalar(e))) in a string")
            }
            runStart = position
        }
        throw error("unexpected end of the text inside a string")
    }

    /// Appends the raw bytes from `runStart` to `position`, checked to be UTF-8.
    private func appendRun(_ runStart: Int, _ out: inout [UInt8]) throws(JSONSyntaxError) {
        guard runStart < position else { return }
        if let bad = UTF8Check.firstInvalidByte(bytes, in: runStart..<position) { throw invalidUTF8(at: bad) }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<position]))
    }

    /// The scalar of a `\uXXXX` escape (after the `u`), joining a surrogate pair.
    private mutating func unicodeEscape() throws(JSONSyntaxError) -> Unicode.Scalar {
        let escapeStart = position - 2
        let first = try hex4()
        if (0xDC00...0xDFFF).contains(first) {
            position = escapeStart
            throw error("lone low surrogate \\u\(String(first, radix: 16, uppercase: true)) in a string")
        }
        if (0xD800...0xDBFF).contains(first) {
            guard position + 1 < bytes.count, bytes[position] == UInt8(ascii: "\\"), bytes[position + 1] == UInt8(ascii: "u") else {
                position = escapeStart
                throw error("high surrogate \\u\(String(first, radix: 16, uppercase: true)) not followed by a low surrogate")
            }
            position += 2
            let second = try hex4()
            guard (0xDC00...0xDFFF).contains(second) else {
                position = escapeStart
                throw error("high surrogate \\u\(String(first, radix: 16, uppercase: true)) not followed by a low surrogate")
            }
            return Unicode.Scalar(0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00))!
        }
        return Unicode.Scalar(first)!
    }

    private mutating func hex4() throws(JSONSyntaxError) -> UInt32 {
        var v: UInt32 = 0
        for _ in 0..<4 {
            guard position < bytes.count else { throw error("unexpected end of the text in a \\u escape") }
            let b = bytes[position]
            let d: UInt8
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): d = b - 48
            case UInt8(ascii: "a")...UInt8(ascii: "f"): d = b - 87
            case UInt8(ascii: "A")...UInt8(ascii: "F"): d = b - 55
            default: throw unexpected("in a \\u escape (expected 4 hex digits)")
            }
            v = v << 4 | UInt32(d)
            position += 1
        }
        return v
    }

    private mutating func literal(_ word: StaticString) throws(JSONSyntaxError) {
        let n = word.utf8CodeUnitCount
        let w = word.utf8Start
        for k in 0..<n {
            guard position + k < bytes.count, bytes[position + k] == w[k] else {
                position += k
                throw position < bytes.count ? unexpected("in the literal \(word)") : error("unexpected end of the text in the literal \(word)")
            }
        }
        position += n
    }

    private mutating func expect(_ byte: UInt8, _ context: String) throws(JSONSyntaxError) {
        guard position < bytes.count, bytes[position] == byte else {
            throw unexpected("\(context) (expected '\(Character(Unicode.Scalar(byte)))')")
        }
        position += 1
    }

    private mutating func enter() throws(JSONSyntaxError) {
        depth += 1
        if depth > Self.maximumDepth { throw error("nesting deeper than \(Self.maximumDepth) levels") }
    }

    /// An error at `position`.
    func error(_ message: String) -> JSONSyntaxError {
        JSONSyntaxError(kind: .malformed, message: message, offset: fileOffset + position)
    }

    /// "unexpected 'x' …" at `position`; a byte that is not UTF-8 is reported as such.
    func unexpected(_ context: String) -> JSONSyntaxError {
        guard position < bytes.count else { return error("unexpected end of the text \(context)") }
        let b = bytes[position]
        if b >= 0x80 {
            let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
            if UTF8Check.firstInvalidByte(bytes, in: position..<min(bytes.count, position + length)) != nil { return invalidUTF8(at: position) }
            return error("unexpected non-ASCII character \(context)")
        }
        let shown = b >= 0x20 && b < 0x7F ? "'\(Character(Unicode.Scalar(b)))'" : "byte 0x\(String(b, radix: 16, uppercase: true))"
        return error("unexpected \(shown) \(context)")
    }

    func invalidUTF8(at index: Int) -> JSONSyntaxError {
        JSONSyntaxError(kind: .invalidUTF8, message: "0x\(String(bytes[index], radix: 16, uppercase: true))", offset: fileOffset + index)
    }
}
