import Foundation
import GRDB

/// Checks once per opened file, before its first write, that the file is not damaged
/// (`PRAGMA quick_check`: every page and b-tree readable, O(file size), about a second per
/// few hundred MB). A write into a damaged file could spread the damage; refusing it keeps
/// the store as it is for a recovery (`sqlite3 STORE .recover`) or a backup.
final class IntactCheck: @unchecked Sendable {
    private let lock = NSLock()
    private var passed = false

    /// Runs the check on `db` unless it already passed on this connection's file.
    /// - Throws: ``StoreError`` (`.file`) quoting SQLite's first findings.
    func ensure(_ db: Database, path: String) throws {
        if lock.withLock({ passed }) { return }
        let findings = try String.fetchAll(db, sql: "PRAGMA quick_check(5)")
        guard findings == ["ok"] else {
            throw StoreError(.file, path: path, message: "the store is damaged, so nothing was written (PRAGMA quick_check: "
                + findings.joined(separator: "; ") + "); recover it with `sqlite3 \(path) .recover` or restore a backup")
            // (A page too damaged to read at all fails the pragma itself with SQLITE_CORRUPT,
            // which StoreError.wrap words the same way.)
        }
        lock.withLock { passed = true }
    }
}
