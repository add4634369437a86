import Foundation
import Testing
@testable import PlannerApp

/// ``LedgerWatermark``: reads arriving together share catch-ups, and each returns only
/// after a catch-up that began after it arrived.
@Suite struct LedgerWatermarkTests {
    /// What the test saw, under a lock: when each catch-up began, when each read arrived and
    /// returned, and the marks.
    final class Log: @unchecked Sendable {
        let lock = NSLock()
        var clock = 0
        var begun: [Int] = []
        var reads: [(arrived: Int, returned: Int)] = []
        func tick() -> Int { lock.lock(); defer { lock.unlock() }; clock += 1; return clock }
    }

    @Test func readsShareCatchUpsThatBeganAfterThem() throws {
        let watermark = LedgerWatermark(0)
        let log = Log()
        let group = DispatchGroup()
        let arrivals = DispatchSemaphore(value: 0)
        let reads = 16
        // Threads of their own (the global queue runs only as many blocks as there are
        // cores): all sixteen reads are under way while the first catch-up runs, which
        // waits until they have all arrived.
        for _ in 0..<reads {
            group.enter()
            Thread {
                let arrived = log.tick()
                arrivals.signal()
                try? watermark.advance { mark in
                    let t = log.tick()
                    log.lock.lock(); log.begun.append(t); log.lock.unlock()
                    if mark == 0 {
                        for _ in 0..<reads { arrivals.wait() }
                        Thread.sleep(forTimeInterval: 0.1)
                    }
                    return mark + 1
                }
                let returned = log.tick()
                log.lock.lock(); log.reads.append((arrived, returned)); log.lock.unlock()
                group.leave()
            }.start()
        }
        group.wait()
        #expect(log.reads.count == 16)
        #expect(log.begun.count < 16, "reads arriving together share catch-ups (\(log.begun.count) for 16)")
        for read in log.reads {
            #expect(log.begun.contains { $0 > read.arrived && $0 < read.returned }, "a catch-up began after the read arrived, before it returned")
        }
        var seen: Int64 = -1
        try watermark.advance { mark in seen = mark; return mark }
        #expect(seen == Int64(log.begun.count), "each catch-up moved the mark on from the last")
    }

    @Test func aFailedCatchUpFailsTheReadsThatWaitedForIt() {
        struct Broken: Error {}
        let watermark = LedgerWatermark(7)
        #expect(throws: Broken.self) { try watermark.advance { _ in throw Broken() } }
        var seen: Int64 = 0
        #expect(throws: Never.self) { try watermark.advance { mark in seen = mark; return mark + 1 } }
        #expect(seen == 7, "a failed catch-up leaves the mark")
    }
}
