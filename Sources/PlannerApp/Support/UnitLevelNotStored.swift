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

    /// The refusal as a usage error of the option or parameter that named the level
    /// (`by`, `keep_clearance_by`): exit 64 on the CLI, 400 on the API.
    public func refusing(parameter: String) -> OptionRefusal {
        OptionRefusal(parameter: parameter, "no units of level '\(level)'; group by park or one of: \(storedNames)")
    }

    /// Refuses `level` unless it is one of `stored`.
    static func check(_ level: UnitLevel, in stored: [UnitLevel]) throws {
        guard stored.contains(level) else { throw UnitLevelNotStored(level: level, stored: stored) }
    }
}
