import Foundation
import GRDB

/// Walks rows ordered by a text key in column 0 (SQLite's BINARY order, NULL keys
/// skipped) in step with another walk in the same order: a merge join, so related rows
/// of a million parcels are matched without a dictionary of ids.
///
/// The row handed to the body is the cursor's own: read it there, do not keep it.
final class KeyedRows {
    private let cursor: RowCursor
    private var row: Row?
    private var key: String?

    /// Starts walking `cursor`.
    init(_ cursor: RowCursor) throws {
        self.cursor = cursor
        try advance()
    }

    private func advance() throws {
        while let r = try cursor.next() {
            if let k = r[0] as String? {
                row = r
                key = k
                return
            }
        }
        row = nil
        key = nil
    }

    /// Calls `body` on each row whose key is `target` (byte for byte), skipping rows with
    /// smaller keys. Targets must come in ascending BINARY order.
    func forEach(matching target: String, _ body: (Row) throws -> Void) throws {
        while let k = key, Self.compare(k, target) < 0 { try advance() }
        while let k = key, let r = row, Self.compare(k, target) == 0 {
            try body(r)
            try advance()
        }
    }

    /// SQLite's BINARY collation: UTF-8 bytes compared with memcmp, then lengths.
    static func compare(_ a: String, _ b: String) -> Int {
        var a = a, b = b
        return a.withUTF8 { x in
            b.withUTF8 { y in
                let n = min(x.count, y.count)
                if n > 0, let p = x.baseAddress, let q = y.baseAddress {
                    let c = memcmp(p, q, n)
                    if c != 0 { return Int(c) }
                }
                return x.count - y.count
            }
        }
    }
}
