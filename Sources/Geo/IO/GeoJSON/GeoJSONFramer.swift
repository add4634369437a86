/// Finds the features of a GeoJSON file without parsing them, so they can be parsed
/// in parallel: for an RFC 7946 FeatureCollection, each element of `features` (the other
/// top-level members, `type`, `crs`, `name`, `bbox`…, may come before or after it and
/// are parsed into ``members``); for GeoJSONSeq (RFC 8142: records optionally preceded
/// by RS, 0x1E, one per line) or newline-delimited GeoJSON, each record.
///
/// The layout is told from the content: a leading RS means GeoJSONSeq; a first object
/// with a `features` array (or of type FeatureCollection) means a FeatureCollection; a
/// first object followed by more JSON texts (or a lone Feature in a `.geojsonl`/`.geojsons`
/// /`.jsonl`/`.ndjson` file) means newline-delimited records.
///
/// Memory: only the current block (8 MiB) and the value being framed are held.
/// Used by one thread at a time (handed to the reading thread, read back after it ends).
public final class GeoJSONFramer: @unchecked Sendable {
    /// How the file lays out its features.
    public enum Layout: Equatable, Sendable {
        /// One FeatureCollection object.
        case featureCollection
        /// One feature per record.
        case sequence
        /// A JSON text that is neither (a lone Feature, an array…).
        case other
    }

    private enum State { case features, sequence, finished }
    private enum Scan { case end(Int), needMore, unexpected(Int) }

    private let window: ByteWindow
    private let sequenceByName: Bool
    /// The layout found by ``open()``.
    public private(set) var layout: Layout = .other
    /// The top-level members read so far, `features` excepted (for `.other`, the lone
    /// object's), in document order.
    public private(set) var members = JSONObject()
    /// True when the FeatureCollection's `features` member is an array.
    public private(set) var hasFeaturesArray = false
    /// The index the next feature will get.
    public private(set) var nextIndex = 0
    private var state = State.finished
    private var offset = 0
    private var anchor: Int?
    private var afterComma = false

    /// File names that mean one feature per line even for a single record.
    public static let sequenceExtensions: Set<String> = ["geojsonl", "geojsons", "geojsonseq", "jsonl", "ndjson"]

    /// Frames the bytes of `window`; `sequenceByName` when the file name says GeoJSONSeq.
    public init(_ window: ByteWindow, sequenceByName: Bool) {
        self.window = window
        self.sequenceByName = sequenceByName
    }

    /// Reads up to the first feature: the layout and the members before `features`.
    /// - Throws: ``JSONSyntaxError``, or the error reading the file.
    public func open() throws {
        try skipWhitespace(rs: false)
        if try byte(at: offset) == 0xEF, try byte(at: offset + 1) == 0xBB, try byte(at: offset + 2) == 0xBF {
            offset += 3
            try skipWhitespace(rs: false)
        }
        guard let first = try byte(at: offset) else {
            throw JSONSyntaxError(kind: .truncated, message: "the file is empty", offset: 0)
        }
        if first == 0x1E {
            layout = .sequence
            state = .sequence
            return
        }
        guard first == UInt8(ascii: "{") else {
            let end = try valueEnd(from: offset)
            _ = try parse(offset..<end)
            offset = end
            try expectEnd("after the top-level value")
            layout = .other
            return
        }
        let objectStart = offset
        anchor = objectStart
        defer { anchor = nil }
        offset += 1
        if try readMembers(stopAtFeatures: true, afterValue: false) {
            layout = .featureCollection
            hasFeaturesArray = true
            state = .features
            return
        }
        try skipWhitespace(rs: true)
        let more = try byte(at: offset) != nil
        if members["type"] == .string("FeatureCollection") {
            if more { throw unexpected(at: offset, "after the FeatureCollection") }
            layout = .featureCollection
            return
        }
        if more || (sequenceByName && members["type"] == .string("Feature")) {
            layout = .sequence
            state = .sequence
            offset = objectStart
            members = JSONObject()
            return
        }
        layout = .other
    }

    /// Appends the next feature to `batch` (or only counts it when `batch` is nil).
    /// - Returns: false at the end of the features (trailing members are then read).
    public func nextFeature(into batch: inout FeatureBatch?) throws -> Bool {
        switch state {
        case .finished:
            return false
        case .sequence:
            try skipWhitespace(rs: true)
            guard try byte(at: offset) != nil else {
                state = .finished
                return false
            }
            try emit(into: &batch)
            return true
        case .features:
            try skipWhitespace(rs: false)
            guard let b = try byte(at: offset) else { throw truncated(inside: "an array") }
            if b == UInt8(ascii: "]") && !afterComma {
                offset += 1
                state = .finished
                _ = try readMembers(stopAtFeatures: false, afterValue: true)
                try skipWhitespace(rs: false)
                if try byte(at: offset) != nil { throw unexpected(at: offset, "after the FeatureCollection") }
                return false
            }
            try emit(into: &batch)
            try skipWhitespace(rs: false)
            guard let c = try byte(at: offset) else { throw truncated(inside: "an array") }
            if c == UInt8(ascii: ",") {
                offset += 1
                afterComma = true
            } else if c == UInt8(ascii: "]") {
                afterComma = false
            } else {
                throw unexpected(at: offset, "after a feature (expected ',' or ']')")
            }
            return true
        }
    }

    /// Frames the value at `offset` as feature `nextIndex`.
    private func emit(into batch: inout FeatureBatch?) throws {
        let start = offset
        let end = try valueEnd(from: start)
        if batch != nil {
            let from = start - window.base, to = end - window.base
            window.withBytes { batch!.append(index: nextIndex, bytes: UnsafeBufferPointer(rebasing: $0[from..<to]), fileOffset: start) }
        }
        nextIndex += 1
        offset = end
        afterComma = false
    }

    /// Reads object members into ``members``. Starts after `{` (or, with `afterValue`,
    /// after a member's value); stops after the closing `}`, or, with `stopAtFeatures`,
    /// just inside a `features` array.
    /// - Returns: true when stopped at `features`.
    private func readMembers(stopAtFeatures: Bool, afterValue: Bool) throws -> Bool {
        var expectSeparator = afterValue
        var first = !afterValue
        while true {
            try skipWhitespace(rs: false)
            guard let b = try byte(at: offset) else { throw truncated(inside: "an object") }
            if expectSeparator {
                offset += 1
                if b == UInt8(ascii: "}") { return false }
                guard b == UInt8(ascii: ",") else {
                    offset -= 1
                    throw unexpected(at: offset, "after an object member (expected ',' or '}')")
                }
                expectSeparator = false
                continue
            }
            if first && b == UInt8(ascii: "}") {
                offset += 1
                return false
            }
            first = false
            guard b == UInt8(ascii: "\"") else { throw unexpected(at: offset, "where an object key should start") }
            let keyEnd = try valueEnd(from: offset)
            guard case .string(let key) = try parse(offset..<keyEnd) else { throw unexpected(at: offset, "where an object key should start") }
            offset = keyEnd
            try skipWhitespace(rs: false)
            guard let colon = try byte(at: offset) else { throw truncated(inside: "an object") }
            guard colon == UInt8(ascii: ":") else { throw unexpected(at: offset, "after an object key (expected ':')") }
            offset += 1
            try skipWhitespace(rs: false)
            guard let v = try byte(at: offset) else { throw truncated(inside: "an object") }
            if key == "features" && (hasFeaturesArray || members["features"] != nil) {
                throw JSONSyntaxError(kind: .malformed, message: "a second \"features\" member (a FeatureCollection has one)", offset: offset)
            }
            if stopAtFeatures && key == "features" && v == UInt8(ascii: "[") {
                offset += 1
                return true
            }
            let end = try valueEnd(from: offset)
            members[key] = try parse(offset..<end)
            offset = end
            expectSeparator = true
        }
    }

    /// Parses the (complete) value in `range` of file offsets.
    private func parse(_ range: Range<Int>) throws(JSONSyntaxError) -> JSONValue {
        let from = range.lowerBound - window.base, to = range.upperBound - window.base
        let result = window.withBytes { b in
            Result { () throws(JSONSyntaxError) -> JSONValue in
                try JSONParser.parse(UnsafeBufferPointer(rebasing: b[from..<to]), fileOffset: range.lowerBound)
            }
        }
        return try result.get()
    }

    private func expectEnd(_ context: String) throws {
        try skipWhitespace(rs: false)
        if try byte(at: offset) != nil { throw unexpected(at: offset, context) }
    }

    /// The byte at file offset `o`, reading on as needed; nil past the end of the file.
    @inline(__always) private func byte(at o: Int) throws -> UInt8? {
        while o >= window.limit {
            if window.atEOF { return nil }
            try window.refill(keeping: min(anchor ?? offset, offset))
        }
        return window.withBytes { $0[o - window.base] }
    }

    private func skipWhitespace(rs: Bool) throws {
        while let b = try byte(at: offset) {
            guard b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 || (rs && b == 0x1E) else { return }
            offset += 1
        }
    }

    /// The file offset just past the value starting at `start` (which is held).
    private func valueEnd(from start: Int) throws -> Int {
        while true {
            let base = window.base
            let scan = window.withBytes { Self.scanValue($0, from: start - base, atEOF: window.atEOF) }
            switch scan {
            case .end(let e): return e + base
            case .unexpected(let i): throw unexpected(at: i + base, "where a value should start")
            case .needMore:
                if window.atEOF { throw truncated(valueFrom: start) }
                try window.refill(keeping: min(anchor ?? start, start))
            }
        }
    }

    /// Finds where the value at `i` ends by counting brackets outside strings; does not
    /// check the value (the parser does).
    private static func scanValue(_ b: UnsafeBufferPointer<UInt8>, from i0: Int, atEOF: Bool) -> Scan {
        var i = i0
        let n = b.count
        switch b[i] {
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            var depth = 0
            while i < n {
                let c = b[i]
                if c == UInt8(ascii: "\"") {
                    i += 1
                    while i < n {
                        let d = b[i]
                        if d == UInt8(ascii: "\\") { i += 2; continue }
                        if d == UInt8(ascii: "\"") { break }
                        i += 1
                    }
                    if i >= n { return .needMore }
                } else if c == UInt8(ascii: "{") || c == UInt8(ascii: "[") {
                    depth += 1
                } else if c == UInt8(ascii: "}") || c == UInt8(ascii: "]") {
                    depth -= 1
                    if depth == 0 { return .end(i + 1) }
                }
                i += 1
            }
            return .needMore
        case UInt8(ascii: "\""):
            i += 1
            while i < n {
                let d = b[i]
                if d == UInt8(ascii: "\\") { i += 2; continue }
                if d == UInt8(ascii: "\"") { return .end(i + 1) }
                i += 1
            }
            return .needMore
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "n"):
            while i < n {
                switch b[i] {
                case UInt8(ascii: ","), UInt8(ascii: "}"), UInt8(ascii: "]"), 0x20, 0x0A, 0x0D, 0x09, 0x1E: return .end(i)
                default: i += 1
                }
            }
            return atEOF ? .end(n) : .needMore
        default:
            return .unexpected(i)
        }
    }

    private func unexpected(at o: Int, _ context: String) -> JSONSyntaxError {
        window.withBytes { b in
            var parser = JSONParser(b, at: o - window.base, fileOffset: window.base)
            parser.skipWhitespace()
            return parser.unexpected(context)
        }
    }

    private func truncated(inside context: String) -> JSONSyntaxError {
        JSONSyntaxError(kind: .truncated, message: "the text ends inside \(context) after \(window.limit) bytes; was the file cut short?", offset: window.limit)
    }

    /// The file ends inside the value starting at `start`.
    private func truncated(valueFrom start: Int) -> JSONSyntaxError {
        let inside = window.withBytes { JSONTruncationCheck.unclosed(Array($0[(start - window.base)...])) }
        return truncated(inside: inside ?? (state == .features ? "an array" : "an object"))
    }
}
