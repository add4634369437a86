/// One administrative unit named by level and id (`district` `315`), as a board's units
/// are kept.
public struct UnitReference: Hashable, Sendable, CustomStringConvertible {
    /// The unit's level.
    public var level: UnitLevel
    /// The unit's id in its layer.
    public var id: String

    /// Creates the reference.
    public init(level: UnitLevel, id: String) {
        self.level = level
        self.id = id
    }

    /// "district:315".
    public var description: String { "\(level.rawValue):\(id)" }
}
