import Dispatch

/// Runs the store's synchronous work (SQLite through GRDB, GEOS) off Swift's cooperative
/// threads and NIO's event loops, so a long query never stalls other requests.
enum Blocking {
    /// `body`'s result, computed on a global dispatch queue.
    static func run<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(with: Result { try body() }) }
        }
    }
}
