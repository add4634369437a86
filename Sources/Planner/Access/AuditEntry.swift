/// One write to the shared record, as the audit log keeps it: who, when, from where, the
/// parcel, and its clearance before and after (its version, status in force and since when).
public struct AuditEntry: Hashable, Sendable {
    /// The user who wrote (the token's).
    public var user: String
    /// When (the ledger entry's transaction time).
    public var at: RecordedTime
    /// The request's id (the server log's).
    public var requestId: String
    /// The client's address.
    public var remoteAddress: String
    /// What was done: `status_change` or `void`.
    public var action: String
    /// The parcel.
    public var parcelId: String
    /// The ledger entry written.
    public var entrySeq: Int
    /// The parcel's state before the write.
    public var before: ParcelClearanceState
    /// The parcel's state after it.
    public var after: ParcelClearanceState

    /// Creates the entry.
    public init(user: String, at: RecordedTime, requestId: String, remoteAddress: String, action: String,
                parcelId: String, entrySeq: Int, before: ParcelClearanceState, after: ParcelClearanceState) {
        self.user = user
        self.at = at
        self.requestId = requestId
        self.remoteAddress = remoteAddress
        self.action = action
        self.parcelId = parcelId
        self.entrySeq = entrySeq
        self.before = before
        self.after = after
    }
}

/// A parcel's clearance at one moment of the record: its ledger's version, the status in
/// force and the day it was reached.
public struct ParcelClearanceState: Hashable, Sendable {
    /// ``ClearanceLedger/version``.
    public var version: Int
    /// The status in force.
    public var status: ClearanceStatus
    /// The day it was reached (nil: never started).
    public var since: LocalDate?

    /// Creates the state.
    public init(version: Int, status: ClearanceStatus, since: LocalDate?) {
        self.version = version
        self.status = status
        self.since = since
    }

    /// The state of `ledger` as it stands now.
    public init(_ ledger: ClearanceLedger) {
        let history = ledger.history()
        self.init(version: ledger.version, status: history.current, since: history.currentSince)
    }
}

/// Who writes, for the audit: filled in by the front, completed by the store.
public struct AuditSource: Sendable, Hashable {
    /// The user's name.
    public var user: String
    /// The request's id.
    public var requestId: String
    /// The client's address.
    public var remoteAddress: String

    /// Creates the source.
    public init(user: String, requestId: String, remoteAddress: String) {
        self.user = user
        self.requestId = requestId
        self.remoteAddress = remoteAddress
    }
}
