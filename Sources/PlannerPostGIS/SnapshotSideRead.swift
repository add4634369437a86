import Foundation

/// A read run beside the caller's, on a connection of its own and another thread, in the
/// caller's snapshot: the caller's transaction exports it (`pg_export_snapshot()`) and the
/// side read's read-only `REPEATABLE READ` transaction adopts it (`SET TRANSACTION
/// SNAPSHOT`), so both see the same committed record, as pg_dump's parallel workers do.
/// The server runs the two queries at once and each connection decodes its rows on its own
/// event loop. The caller must ``wait()`` before its transaction ends (the snapshot lives
/// as long as the exporting transaction).
final class SnapshotSideRead<T: Sendable>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    /// Written once by the side thread before `done` is signalled; read after `wait`.
    private var result: Result<T, any Error>?

    /// Starts `body` at once.
    init(_ location: PostGISLocation, snapshot: String, doing: String, _ body: @escaping @Sendable (PostGISSession) throws -> T) {
        // A thread of its own: a blocked worker of Dispatch's global pool is replaced only
        // after about a second (measured: the second of two side reads started 0.98 s late).
        Thread { [self] in
            result = Result {
                try PostGISConnection(location).transaction(doing) { db in
                    try db.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
                    try db.execute("SET TRANSACTION SNAPSHOT '\(snapshot)'")
                    return try body(db)
                }
            }
            done.signal()
        }.start()
    }

    /// The side read's result, once it has finished.
    /// - Throws: what the side read threw (``PostGISError`` naming what it was doing).
    func wait() throws -> T {
        done.wait()
        return try result!.get()
    }
}
