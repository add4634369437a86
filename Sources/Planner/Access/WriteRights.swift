/// Who may record a change to a parcel's clearance ledger: one rule for every front.
/// - an admin: any parcel;
/// - a board: only a parcel that lies in one of its units (``ParcelJurisdiction``: the
///   unit of that level holding the larger share of the parcel's area);
/// - a viewer: none.
public enum WriteRights {
    /// Checks that `user` may write the ledger of the parcel `parcelId` whose unit shares
    /// are `shares`.
    /// - Throws: ``RightsRefusal`` naming the rule broken.
    public static func check(_ user: ServiceUser, parcelId: String, shares: [UnitShare]) throws(RightsRefusal) {
        switch user.role {
        case .admin:
            return
        case .viewer:
            throw RightsRefusal(rule: "viewer-reads-only", "\(user.name) is a viewer; viewers read, only boards and admins record changes")
        case .board:
            for unit in user.units where ParcelJurisdiction.unit(at: unit.level, among: shares)?.unitId == unit.id { return }
            let owners = Set(user.units.map(\.level)).sorted { $0.rawValue < $1.rawValue }
                .compactMap { ParcelJurisdiction.unit(at: $0, among: shares).map { "\($0.level.rawValue):\($0.unitId)" } }
            throw RightsRefusal(rule: "board-writes-own-units",
                                "parcel \(parcelId) lies in \(owners.isEmpty ? "none of the board's unit levels" : owners.joined(separator: ", ")) (the unit holding the larger share of its area), "
                                    + "not in \(user.name)'s units (\(user.units.map(\.description).joined(separator: ", ")))")
        }
    }

    /// Checks that `user` may read the audit log (admins only).
    public static func checkAudit(_ user: ServiceUser) throws(RightsRefusal) {
        guard user.role == .admin else {
            throw RightsRefusal(rule: "admin-reads-audit", "\(user.name) is a \(user.role.rawValue); only admins read the audit log")
        }
    }
}

/// A request refused for lack of a right: the rule (a stable name) and why.
public struct RightsRefusal: Error, Sendable, Equatable, CustomStringConvertible {
    /// The rule's name: `viewer-reads-only`, `board-writes-own-units`, `admin-reads-audit`.
    public var rule: String
    /// Why, in words.
    public var reason: String

    /// Creates the refusal.
    public init(rule: String, _ reason: String) {
        self.rule = rule
        self.reason = reason
    }

    public var description: String { "\(reason) (rule \(rule)); nothing was written" }
}
