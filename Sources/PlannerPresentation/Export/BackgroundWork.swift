import Foundation

/// Work started on a background thread whose result is collected later: lets the
/// exporter read the next batch from a store while the current one is formatted.
final class BackgroundWork<T: Sendable>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    // Written once by the worker before `done` is signalled, read after waiting on it.
    private var result: Result<T, Error>?

    /// Starts `body` on a global queue.
    init(_ body: @escaping @Sendable () throws -> T) {
        DispatchQueue.global().async {
            self.result = Result { try body() }
            self.done.signal()
        }
    }

    /// Waits for the work to finish; its value, or what it threw. Called once: the value
    /// is handed over, not kept.
    func take() throws -> T {
        done.wait()
        defer { result = nil }
        return try result!.get()
    }
}
