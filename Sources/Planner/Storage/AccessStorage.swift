/// The served record's users and audit log, and the ledger writes that are checked
/// against a version and audited in the same transaction.
public protocol AccessStorage: Sendable {
    /// Adds `user`, signed in by the token whose SHA-256 (hex) is `tokenHash`.
    /// - Throws: when a user of that name exists.
    func addUser(_ user: ServiceUser, tokenHash: String) throws

    /// Every user, in the order added.
    func users() throws -> [ServiceUser]

    /// Marks the user `name` revoked now; returns it.
    /// - Throws: when there is no such user.
    func revokeUser(name: String) throws -> ServiceUser

    /// The user the token hash `tokenHash` signs in (revoked ones too), or nil.
    func user(tokenHash: String) throws -> ServiceUser?

    /// The audit log, newest first, at most `limit` entries.
    func auditEntries(limit: Int) throws -> [AuditEntry]

    /// The unit shares of the parcel `parcelId` (every level).
    /// - Throws: when the parcel is unknown.
    func unitShares(parcelId: String) throws -> [UnitShare]

    /// ``ClearanceRecording/recordClearance(parcelId:_:reason:)`` only while the parcel's
    /// ledger is at `expectedVersion`, and with an ``AuditEntry`` from `audit` written in
    /// the same transaction as the entry.
    /// - Throws: ``LedgerVersionConflict`` (nothing written) when the ledger moved on;
    ///   ``ClearanceRefusal``; store errors.
    func recordClearance(parcelId: String, _ event: ClearanceEvent, reason: String?, expectedVersion: Int, audit: AuditSource) throws
        -> (outcome: ClearanceChangeRules.Outcome, ledger: ClearanceLedger)

    /// ``ClearanceRecording/voidClearance(parcelId:seq:reason:by:)`` under the same
    /// version check and audit.
    func voidClearance(parcelId: String, seq: Int, reason: String?, expectedVersion: Int, audit: AuditSource) throws
        -> (void: LedgerEntry, ledger: ClearanceLedger)
}

/// A write refused because the ledger is no longer at the version the writer read:
/// another write came first. Nothing was written.
public struct LedgerVersionConflict: Error, Sendable, Equatable, CustomStringConvertible {
    /// The version the writer expected.
    public var expected: Int
    /// The ledger as it stands now.
    public var current: ClearanceLedger

    /// Creates the conflict.
    public init(expected: Int, current: ClearanceLedger) {
        self.expected = expected
        self.current = current
    }

    public var description: String {
        "parcel \(current.parcelId) is at version \(current.version), not \(expected): another change was recorded first; read it again; nothing was written"
    }
}
