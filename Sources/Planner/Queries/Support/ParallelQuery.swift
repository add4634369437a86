import Geo

/// Runs a query's per-item work in chunks on all cores (or `threads`) and joins the
/// results in item order, so any thread count gives exactly the same answer.
/// Each chunk runs on one thread and must make its own GEOS objects there.
enum ParallelQuery {
    /// `body` maps one chunk (a range of item positions) to results in position order.
    static func flatMap<T: Sendable>(count: Int, threads: Int?, _ body: @Sendable (Range<Int>) throws -> [T]) throws -> [T] {
        try ParallelChunks.map(count: count, threads: threads, body).flatMap { $0 }
    }
}
