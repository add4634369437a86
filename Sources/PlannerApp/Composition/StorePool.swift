import Foundation

/// A few handles on one store (PostGIS connections, each serving one session at a time),
/// handed out in turn, so concurrent requests of a server run on different connections.
final class StorePool<Member: Sendable>: @unchecked Sendable {
    private let members: [Member]
    private let lock = NSLock()
    private var next = 0

    /// `count` members, each made by `make`.
    /// - Throws: what `make` throws.
    init(count: Int, _ make: () throws -> Member) throws {
        precondition(count > 0, "a pool of no members")
        members = try (0..<count).map { _ in try make() }
    }

    /// The next member, round-robin. O(1).
    func take() -> Member {
        lock.lock()
        defer { lock.unlock() }
        let m = members[next]
        next = (next + 1) % members.count
        return m
    }
}
