import Foundation
import NIOCore
import Planner

/// Rows in the text format of `COPY … FROM STDIN` (PostgreSQL's "text" format: one line a
/// row, values separated by tabs, `\N` for NULL, backslash escapes for `\`, tab, newline and
/// carriage return). postgres-nio 1.33 streams COPY in this format only (no binary COPY).
///
/// Each value goes into its column's own input function, exactly as a bind would: text and
/// JSON as they are, integers in decimal, doubles in Swift's shortest round-trip form (read
/// back to the same bits by `float8in`), days as `YYYY-MM-DD`, and geometries as hex EWKB
/// carrying SRID 9210, which is what `ST_GeomFromWKB(wkb, 9210)` makes of the same WKB.
enum CopyText {
    /// How a column's value is written.
    enum Form { case value, geometry, milliseconds }

    /// Appends one row to `buffer`, value `i` in the form `forms[i]`.
    static func append(_ row: [StoredValue], forms: [Form], to buffer: inout ByteBuffer) {
        for (i, value) in row.enumerated() {
            if i > 0 { buffer.writeInteger(UInt8(ascii: "\t")) }
            switch value {
            case .text(let v): v.map { escaped($0, into: &buffer) } ?? null(&buffer)
            case .int(let v): v.map { buffer.writeString(forms[i] == .milliseconds ? timestamp(Int64($0)) : String($0)) } ?? null(&buffer)
            case .int64(let v): v.map { buffer.writeString(forms[i] == .milliseconds ? timestamp($0) : String($0)) } ?? null(&buffer)
            case .double(let v): v.map { buffer.writeString(double($0)) } ?? null(&buffer)
            case .bytes(let v):
                guard let v else { null(&buffer); break }
                if forms[i] == .geometry { hexEWKB(v, srid: 9210, into: &buffer) } else { hexBytea(v, into: &buffer) }
            }
        }
        buffer.writeInteger(UInt8(ascii: "\n"))
    }

    private static func null(_ buffer: inout ByteBuffer) { buffer.writeStaticString("\\N") }

    /// Swift's shortest round-trip form, with the spellings `float8in` reads for the
    /// values outside the finite ones.
    static func double(_ v: Double) -> String {
        if v.isNaN { return "NaN" }
        if v.isInfinite { return v < 0 ? "-Infinity" : "Infinity" }
        return v.description
    }

    /// A count of milliseconds since 1970-01-01T00:00:00Z as `timestamptz` input: the
    /// ledger's own ISO 8601 form (``RecordedTime``), the same instant as
    /// `'epoch' + n milliseconds`.
    static func timestamp(_ milliseconds: Int64) -> String { RecordedTime(milliseconds: milliseconds).description }

    private static func escaped(_ s: String, into buffer: inout ByteBuffer) {
        let special: (UInt8) -> Bool = { $0 == UInt8(ascii: "\\") || $0 == 9 || $0 == 10 || $0 == 13 }
        guard s.utf8.contains(where: special) else { buffer.writeString(s); return }
        for byte in s.utf8 {
            switch byte {
            case UInt8(ascii: "\\"): buffer.writeStaticString("\\\\")
            case 9: buffer.writeStaticString("\\t")
            case 10: buffer.writeStaticString("\\n")
            case 13: buffer.writeStaticString("\\r")
            default: buffer.writeInteger(byte)
            }
        }
    }

    /// Two lower-case hex digits a byte, written straight into `buffer`'s storage (a byte
    /// at a time through `writeInteger` was a tenth of a PostGIS import's time).
    private static func hex(_ bytes: ByteBufferView, into buffer: inout ByteBuffer) {
        let count = bytes.count
        guard count > 0 else { return }
        buffer.writeWithUnsafeMutableBytes(minimumWritableBytes: 2 * count) { out in
            let written: Int? = bytes.withContiguousStorageIfAvailable { source in
                hex(source, into: out)
            }
            return written ?? Array(bytes).withUnsafeBufferPointer { hex($0, into: out) }
        }
    }

    /// Writes the digits of `source` into `out` (at least twice its size); returns their count.
    private static func hex(_ source: UnsafeBufferPointer<UInt8>, into out: UnsafeMutableRawBufferPointer) -> Int {
        let digits: StaticString = "0123456789abcdef"
        return digits.withUTF8Buffer { d in
            var i = 0
            for b in source {
                out[i] = d[Int(b >> 4)]
                out[i + 1] = d[Int(b & 0x0f)]
                i += 2
            }
            return i
        }
    }

    /// `\x…`: a bytea's hex input form (the backslash itself escaped for COPY).
    private static func hexBytea(_ v: ByteBuffer, into buffer: inout ByteBuffer) {
        buffer.writeStaticString("\\\\x")
        hex(v.readableBytesView, into: &buffer)
    }

    /// ISO WKB turned into EWKB: the SRID flag (0x20000000) set in the outer type and the
    /// SRID written after it, in the WKB's own byte order; the rest unchanged.
    static func hexEWKB(_ wkb: ByteBuffer, srid: UInt32, into buffer: inout ByteBuffer) {
        let start = wkb.readerIndex
        guard let order = wkb.getInteger(at: start, as: UInt8.self) else { return }
        let endianness: Endianness = order == 1 ? .little : .big
        guard let type = wkb.getInteger(at: start + 1, endianness: endianness, as: UInt32.self) else {
            hex(wkb.readableBytesView, into: &buffer); return
        }
        var head = ByteBuffer()
        head.writeInteger(order)
        head.writeInteger(type | 0x2000_0000, endianness: endianness)
        head.writeInteger(srid, endianness: endianness)
        hex(head.readableBytesView, into: &buffer)
        hex(wkb.readableBytesView.dropFirst(5), into: &buffer)
    }
}

extension PostGISSession {
    /// Writes `rows` into `table` with `COPY … FROM STDIN` (text format, streamed in pieces of
    /// about 1 MB), inside the session's transaction: the same rows as ``insert(_:_:_:)``,
    /// each value in its column's ``StoredColumn/copyForm``; through ``insert(_:_:_:)`` when a
    /// column has an expression `COPY` cannot apply.
    /// - Throws: the server's error (which names the line of the COPY).
    func copy(_ table: String, _ columns: [StoredColumn], _ rows: [[StoredValue]]) throws {
        guard !rows.isEmpty else { return }
        let forms = columns.compactMap(\.copyForm)
        guard forms.count == columns.count else { return try insert(table, columns, rows) }
        let names = columns.map(\.name)
        let connection = self.connection
        let finished = DispatchSemaphore(value: 0)
        let outcome = CopyOutcome()
        // postgres-nio's COPY is async only: one task sends it while this thread waits, as
        // every other statement here waits for its future.
        Task {
            do {
                try await connection.copyFrom(table: table, columns: names, logger: PostGISConnection.logger) { writer in
                    var buffer = ByteBufferAllocator().buffer(capacity: 1 << 20)
                    for row in rows {
                        CopyText.append(row, forms: forms, to: &buffer)
                        if buffer.readableBytes >= 1 << 20 {
                            try await writer.write(buffer)
                            buffer = ByteBufferAllocator().buffer(capacity: 1 << 20)
                        }
                    }
                    if buffer.readableBytes > 0 { try await writer.write(buffer) }
                }
            } catch {
                outcome.error = error
            }
            finished.signal()
        }
        finished.wait()
        if let error = outcome.error { throw error }
    }
}

/// The error a COPY task ended with, read by the waiting thread after the task signalled.
private final class CopyOutcome: @unchecked Sendable {
    var error: (any Error)?
}
