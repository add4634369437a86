import GRDB

extension StoreError {
    /// Converts any error met while working on `path` into a ``StoreError``, the one place
    /// SQLite's errors are translated. Errors that are not SQLite's or ours pass through.
    static func wrap(_ error: any Error, path: String, table: String? = nil) -> any Error {
        switch error {
        case let e as StoreError:
            return e.located(path: path, table: table)
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
