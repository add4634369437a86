/// A user of the served record: a name, a role and, for a board, its units. The token
/// that signs the user in is never kept, only its SHA-256 hash (by the store).
public struct ServiceUser: Hashable, Sendable {
    /// The user's unique name (a board, an officer: "gpmb-an-duong").
    public var name: String
    /// What the user may do.
    public var role: ServiceRole
    /// A board's units (empty for viewers and admins).
    public var units: [UnitReference]
    /// When the user was added.
    public var createdAt: RecordedTime
    /// When the token was revoked; a revoked user signs in no more.
    public var revokedAt: RecordedTime?

    /// Creates the user.
    public init(name: String, role: ServiceRole, units: [UnitReference] = [], createdAt: RecordedTime, revokedAt: RecordedTime? = nil) {
        self.name = name
        self.role = role
        self.units = units
        self.createdAt = createdAt
        self.revokedAt = revokedAt
    }

    /// True until revoked.
    public var isActive: Bool { revokedAt == nil }
}
