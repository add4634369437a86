import Foundation
import GRDB

/// Walks records ordered by a text key (SQLite's BINARY order) in step with another walk
/// in the same order: a merge join, so related rows of a million parcels are matched
/// without a dictionary of ids. O(1) memory beyond the current record.
final class KeyedRecords<Record: FetchableRecord> {
    private let cursor: RecordCursor<Record>
    private let key: (Record) -> String
    private var current: Record?

    /// Starts walking `cursor`, whose records are ordered by `key`.
    init(_ cursor: RecordCursor<Record>, key: @escaping (Record) -> String) throws {
        self.cursor = cursor
        self.key = key
        current = try cursor.next()
    }

    /// Calls `body` on each record whose key is `target` (byte for byte), skipping
    /// records with smaller keys. Targets must come in ascending BINARY order.
    func forEach(matching target: String, _ body: (Record) throws -> Void) throws {
        while let r = current, Self.compare(key(r), target) < 0 { current = try cursor.next() }
        while let r = current, Self.compare(key(r), target) == 0 {
            try body(r)
            current = try cursor.next()
        }
    }
}

/// SQLite's BINARY collation: UTF-8 bytes compared with memcmp, then lengths.
enum BinaryOrder {
    /// Negative, zero or positive as `a` sorts before, with or after `b`.
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

extension KeyedRecords {
    /// See ``BinaryOrder/compare(_:_:)``.
    static func compare(_ a: String, _ b: String) -> Int { BinaryOrder.compare(a, b) }
}
