import Foundation

/// The ledger mark the kept totals have taken in, and the catch-ups that move it on, shared
/// by the reads that arrive together: a read needs a catch-up that *begins after it
/// arrived* (then every write committed before the read is taken in). When one is under way
/// the read waits for the next, which one waiting read runs for all of them, so sixteen
/// reads right after sixteen writes cost two catch-ups, not sixteen in a row. The mark never
/// moves back.
final class LedgerWatermark: @unchecked Sendable {
    private let condition = NSCondition()
    private var mark: Int64
    /// Catch-ups begun and finished (numbered 1, 2, …); one runs at a time.
    private var begun = 0
    private var finished = 0
    private var running = false
    /// The last catch-up that failed, with its error: the reads that waited for it fail too.
    private var failure: (round: Int, error: any Error)?

    init(_ mark: Int64) { self.mark = mark }

    /// Returns once a catch-up begun after this call has finished: `body` takes the mark and
    /// returns the new one (run here, or by another read for this one).
    /// - Throws: what that catch-up threw.
    func advance(_ body: (Int64) throws -> Int64) throws {
        condition.lock()
        defer { condition.unlock() }
        let needed = begun + 1
        while finished < needed {
            guard !running else {
                condition.wait()
                continue
            }
            running = true
            begun += 1
            let round = begun
            let from = mark
            condition.unlock()
            let outcome = Result { try body(from) }
            condition.lock()
            if case .success(let to) = outcome { mark = max(mark, to) }
            if case .failure(let error) = outcome { failure = (round, error) }
            finished = round
            running = false
            condition.broadcast()
        }
        if let failure, failure.round == finished { throw failure.error }
    }
}
