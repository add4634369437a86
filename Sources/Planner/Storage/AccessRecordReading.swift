/// Reading a store's whole access record, for a copy into another store: every user with
/// its token's SHA-256 (so its token still signs in there), and the audit log.
public protocol AccessRecordReading: Sendable {
    /// Every user and its token hash (hex), in the order added.
    func usersWithTokenHashes() throws -> [(user: ServiceUser, tokenHash: String)]

    /// The whole audit log, oldest first.
    func auditLog() throws -> [AuditEntry]
}
