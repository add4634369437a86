import Planner

/// A unit level asked for that the store holds no units of.
public struct UnitLevelNotStored: UseCaseRefusal, Equatable {
    /// The level asked for.
    public var level: UnitLevel
    /// The levels the store holds, in the order first imported.
    public var stored: [UnitLevel]

    /// Creates the refusal.
    public init(level: UnitLevel, stored: [UnitLevel]) {
        self.level = level
        self.stored = stored
    }

    /// The stored levels' names, comma-separated.
    public var storedNames: String { stored.map(\.rawValue).joined(separator: ", ") }

    public var description: String { "no units of level '\(level)'; the store has: \(storedNames)" }

    /// Refuses `level` unless it is one of `stored`.
    public static func check(_ level: UnitLevel, in stored: [UnitLevel]) throws {
        guard stored.contains(level) else { throw UnitLevelNotStored(level: level, stored: stored) }
    }
}
