import Planner
import PlannerPresentation

/// The audit log (`parkplan audit`, `GET /api/v1/audit`): every write through the server,
/// newest first.
public struct AuditListing: Sendable {
    /// At most this many entries.
    public var limit: Int

    /// Creates the listing.
    public init(limit: Int = 1000) { self.limit = limit }

    /// The entries as a table.
    public func run(_ store: any AccessStorage) throws -> Answer<[AuditEntry]> {
        let entries = try store.auditEntries(limit: limit)
        return Answer(result: entries, table: .audit(entries))
    }

    /// The entries as a table, for `user` (admins only).
    /// - Throws: ``RightsRefusal`` for anyone else.
    public func run(_ store: any AccessStorage, for user: ServiceUser) throws -> Answer<[AuditEntry]> {
        try WriteRights.checkAudit(user)
        return try run(store)
    }
}

extension AuditListing {
    /// The limit asked (`--limit`, `limit`): a whole number ≥ 1; 1000 when not given.
    /// - Throws: ``OptionRefusal`` (`limit`).
    public static func limit(_ value: Double?) throws(OptionRefusal) -> Int {
        guard let value else { return 1000 }
        guard value >= 1, value <= 1_000_000, value == value.rounded() else {
            throw OptionRefusal(parameter: "limit", "must be a whole number from 1 to 1000000")
        }
        return Int(value)
    }
}
