extension AuditEntry {
    /// The audit entry of a ledger write: `entry` appended by `source`'s user, taking the
    /// parcel's ledger from `before` to `after`; its moment is the entry's `recordedAt`.
    public init(_ source: AuditSource, action: String, entry: LedgerEntry, before: ClearanceLedger, after: ClearanceLedger) {
        self.init(user: source.user, at: entry.recordedAt ?? .now, requestId: source.requestId, remoteAddress: source.remoteAddress,
                  action: action, parcelId: before.parcelId, entrySeq: entry.seq,
                  before: ParcelClearanceState(before), after: ParcelClearanceState(after))
    }
}
