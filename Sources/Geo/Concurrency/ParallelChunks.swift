import Foundation

/// Runs independent pieces of bulk geometry work on all cores.
///
/// Each chunk runs on a worker thread and must use that thread's own
/// ``GeometryEngine/current`` (and its own prepared geometries): nothing GEOS- or
/// PROJ-backed crosses from one chunk to another. Results come back in chunk order,
/// so a parallel run gives the same answer as a single-threaded one.
public enum ParallelChunks {
    /// The number of cores the process may use.
    public static var coreCount: Int { ProcessInfo.processInfo.activeProcessorCount }

    /// Splits `0..<count` into about `chunks` contiguous ranges (default: 4 per core)
    /// and maps each with `body`, concurrently. With `threads == 1` it runs inline.
    /// - Throws: the first error any chunk threw (by chunk order).
    public static func map<T: Sendable>(
        count: Int, chunks: Int? = nil, threads: Int? = nil,
        _ body: @Sendable (Range<Int>) throws -> T
    ) throws -> [T] {
        guard count > 0 else { return [] }
        let threadCount = max(1, threads ?? coreCount)
        let chunkCount = max(1, min(count, chunks ?? threadCount * 4))
        let ranges = (0..<chunkCount).map { i in (count * i / chunkCount)..<(count * (i + 1) / chunkCount) }
        if threadCount == 1 {
            return try ranges.map(body)
        }
        let results = ResultSlots<T>(count: chunkCount)
        let next = ChunkCounter()
        DispatchQueue.concurrentPerform(iterations: min(threadCount, chunkCount)) { _ in
            while let i = next.take(below: chunkCount) {
                results.set(i, Result { try body(ranges[i]) })
            }
        }
        return try results.values()
    }
}

/// Hands out chunk numbers to worker threads.
private final class ChunkCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0
    func take(below limit: Int) -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard value < limit else { return nil }
        defer { value += 1 }
        return value
    }
}

/// One result slot per chunk, each written once by exactly one worker.
private final class ResultSlots<T: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Result<T, Error>?]
    init(count: Int) { slots = Array(repeating: nil, count: count) }
    func set(_ i: Int, _ r: Result<T, Error>) {
        lock.lock()
        slots[i] = r
        lock.unlock()
    }
    func values() throws -> [T] {
        try slots.map { try $0!.get() }
    }
}
