import Planner

/// Voiding a ledger entry (`clearance void PARCEL/SEQ`): a new entry that marks an earlier
/// event void from now on, with its reason; the event stays in the ledger.
public struct EntryVoid: Sendable {
    /// The entry's id as typed, "PARCEL/SEQ".
    public var entryId: String
    /// Why (required).
    public var reason: String?
    /// Who voids it (required).
    public var by: String?

    /// Creates the void.
    public init(entryId: String, reason: String?, by: String?) {
        self.entryId = entryId
        self.reason = reason
        self.by = by
    }

    /// Records it; returns the void entry and the parcel's ledger as it now stands.
    /// - Throws: ``LedgerEntryIdError``, `ClearanceRefusal` (nothing written), `StoreError`.
    public func record(in store: any ClearanceRecording) throws -> (void: LedgerEntry, ledger: ClearanceLedger) {
        let (parcel, seq) = try ParcelIdText.entry(entryId)
        return try store.voidClearance(parcelId: parcel, seq: seq, reason: reason, by: by)
    }
}

extension EntryVoid {
    /// Records it for the signed-in `user` (who voids it) under ``WriteRights``, only while
    /// the parcel's ledger is at `expectedVersion`, audited from `source` in the same
    /// transaction.
    /// - Throws: ``LedgerEntryIdError``, ``RightsRefusal``, ``LedgerVersionConflict``,
    ///   `ClearanceRefusal` (nothing written), `StoreError`.
    public func record(in store: any AccessStorage, by user: ServiceUser, expectedVersion: Int, source: AuditSource) throws
        -> (void: LedgerEntry, ledger: ClearanceLedger) {
        let (parcel, seq) = try ParcelIdText.entry(entryId)
        try WriteRights.check(user, parcelId: parcel, shares: try store.unitShares(parcelId: parcel))
        return try store.voidClearance(parcelId: parcel, seq: seq, reason: reason, expectedVersion: expectedVersion, audit: source)
    }
}
