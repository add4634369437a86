import Foundation

/// Failed sign-ins counted per client address: after ``limit`` failures within
/// ``window`` seconds, that address is answered 429 (with `Retry-After`) until the window
/// has passed, so tokens cannot be guessed at speed. Successful sign-ins are not counted.
actor SignInLimiter {
    /// Failures allowed per address within the window.
    let limit: Int
    /// The window, in seconds.
    let window: TimeInterval
    private var failures: [String: [Date]] = [:]

    init(limit: Int = 10, window: TimeInterval = 60) {
        self.limit = limit
        self.window = window
    }

    /// Seconds to wait when `address` is blocked now; nil when it may try.
    func blocked(_ address: String, now: Date = Date()) -> Int? {
        let recent = prune(address, now: now)
        guard recent.count >= limit, let first = recent.first else { return nil }
        return max(1, Int((first.addingTimeInterval(window).timeIntervalSince(now)).rounded(.up)))
    }

    /// Counts a failure of `address`.
    func failed(_ address: String, now: Date = Date()) {
        var recent = prune(address, now: now)
        recent.append(now)
        failures[address] = recent
    }

    private func prune(_ address: String, now: Date) -> [Date] {
        let recent = (failures[address] ?? []).filter { now.timeIntervalSince($0) < window }
        failures[address] = recent.isEmpty ? nil : recent
        return recent
    }
}
