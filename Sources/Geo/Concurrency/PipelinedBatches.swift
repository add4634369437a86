import Foundation

/// Overlaps two kinds of work over a stream of batches: while a worker thread computes
/// batch k, the calling thread reads batch k + 1 and then consumes the result of batch
/// k − 1 (a database connection reads and writes; GEOS computes). Results are consumed
/// in batch order, so the outcome is the one of a plain loop; at most two batches are
/// computing at once.
///
/// As with ``ParallelChunks``, `compute` runs on another thread and must use that
/// thread's own ``GeometryEngine/current``: only `Sendable` values cross.
public enum PipelinedBatches {
    /// Calls `next` until it returns `nil`, computes each batch with `compute` on a worker
    /// thread and hands each result to `consume` on the calling thread, in order.
    /// - Throws: the first error of `next`, `compute` or `consume`; no batch after it is
    ///   consumed, and no worker is still running when this returns.
    public static func run<Batch: Sendable, Result: Sendable>(
        next: () throws -> Batch?,
        compute: @escaping @Sendable (Batch) throws -> Result,
        consume: (Result) throws -> Void
    ) throws {
        var inFlight: Pending<Result>?
        defer { inFlight?.wait() }
        while let batch = try next() {
            let pending = Pending<Result>()
            // A thread of its own, not a Dispatch worker: the caller is often on one (a
            // database queue) and blocks below, and Dispatch replaces a blocked worker
            // only after about a second (seen with the PostGIS side readers).
            Thread { pending.fulfil(Swift.Result { try compute(batch) }) }.start()
            let previous = inFlight
            inFlight = pending
            if let previous { try consume(previous.value()) }
        }
        if let last = inFlight {
            inFlight = nil
            try consume(last.value())
        }
    }
}

/// The result of one batch, written once by its worker and waited for by the caller.
private final class Pending<T: Sendable>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    private var result: Result<T, Error>?

    func fulfil(_ r: Result<T, Error>) {
        lock.lock()
        result = r
        lock.unlock()
        done.signal()
    }

    /// Blocks until the worker has finished (once; later calls return at once).
    func wait() {
        lock.lock()
        let finished = result != nil
        lock.unlock()
        if !finished { done.wait(); done.signal() }
    }

    /// The worker's result, waiting for it if needed.
    func value() throws -> T {
        wait()
        lock.lock()
        defer { lock.unlock() }
        return try result!.get()
    }
}
