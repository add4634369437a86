import GRDB

extension StoreError {
    /// Converts any error met while working on `path` into a ``StoreError``, the one place
    /// SQLite's errors are translated. Errors that are not SQLite's or ours pass through.
    static func wrap(_ error: any Error, path: String, table: String? = nil) -> any Error {
        switch error {
        case let e as StoreError:
            return e.located(path: path, table: table)
        case let e as DatabaseError where e.resultCode == .SQLITE_CORRUPT:
            return StoreError(.file, path: path, table: table,
                              message: "the store is damaged, so nothing was written (\(e.message ?? "database disk image is malformed")); "
                                + "recover it with `sqlite3 \(path) .recover` or restore a backup")
        case let e as DatabaseError:
            let kind: Kind = e.resultCode == .SQLITE_NOTADB || e.resultCode == .SQLITE_CANTOPEN ? .file : .database
            return StoreError(kind, path: path, table: table, message: e.message ?? "\(e.resultCode)")
        default:
            return error
        }
    }

    /// Runs `body`, converting its errors with ``wrap(_:path:table:)``.
    static func converting<T>(path: String, table: String? = nil, _ body: () throws -> T) throws -> T {
        do { return try body() } catch { throw wrap(error, path: path, table: table) }
    }
}
