import NIOPosix

/// Runs the store's synchronous work (SQLite through GRDB, PostgreSQL sessions, GEOS) off
/// Swift's cooperative threads and NIO's event loops, so a long query never stalls other
/// requests, on two thread pools of its own (NIO's `NIOThreadPool`, as NIO recommends for
/// blocking work):
/// - reads (``run(_:)``): ``readThreads`` threads, more than the store's reader connections,
///   so a read waits only for a connection, never behind a write or a thread stuck in I/O;
/// - writes (``write(_:)``): ``writeThreads`` threads. Writes are serialised by the store
///   (one transaction at a time), so more threads would only wait there; keeping them apart
///   means 16 clients writing at once never hold every thread a read needs.
///
/// Not Dispatch's global queue: on Linux its width is the number of cores and it does not
/// notice a thread blocked in `fsync` or on a lock, so two waiting writes stalled every
/// read behind them (measured at 1 000 000 parcels: the kept clearance answer, a memory
/// read, took 17 ms at the median).
enum Blocking {
    /// Threads for reads.
    static let readThreads = 16
    /// Threads for writes.
    static let writeThreads = 4

    private static let reads: NIOThreadPool = {
        let pool = NIOThreadPool(numberOfThreads: readThreads)
        pool.start()
        return pool
    }()

    private static let writes: NIOThreadPool = {
        let pool = NIOThreadPool(numberOfThreads: writeThreads)
        pool.start()
        return pool
    }()

    /// `body`'s result, computed on the read pool.
    static func run<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await reads.runIfActive(body)
    }

    /// `body`'s result, computed on the write pool (a write to the store).
    static func write<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await writes.runIfActive(body)
    }
}
