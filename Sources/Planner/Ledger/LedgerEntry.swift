/// One row of a parcel's clearance ledger, never changed once written: either a status
/// reached on a day (an event) or the voiding of an earlier event of the same parcel.
///
/// Two times: the event's ``ClearanceEvent/date`` is its valid time (the day the status
/// was reached in the field); ``recordedAt`` is its transaction time (when the record
/// learnt it).
public struct LedgerEntry: Hashable, Sendable {
    /// What the entry records.
    public enum Kind: Hashable, Sendable {
        /// A status reached on a day (the event's `by` and `note` are the entry's).
        case event(ClearanceEvent)
        /// The event numbered `seq` of the same parcel is void from ``recordedAt`` on.
        case void(seq: Int)
    }

    /// The entry's number within its parcel: 1, 2, 3… in the order recorded.
    public var seq: Int
    /// What it records.
    public var kind: Kind
    /// When it was recorded (UTC); `nil` for events carried over from a store made before
    /// transaction time was kept, taken as recorded before any moment asked about.
    public var recordedAt: RecordedTime?
    /// Who recorded it (for an event, the same as its `by`).
    public var by: String?
    /// Why: required to void, and to record a status that goes backwards.
    public var reason: String?

    /// Who the store names as recording the entry (its `recorded_by` column): an event's
    /// own `by`, else the entry's.
    public var recordedBy: String? {
        if case .event(let event) = kind, let by = event.by { return by }
        return by
    }

    /// Creates an entry.
    public init(seq: Int, kind: Kind, recordedAt: RecordedTime?, by: String? = nil, reason: String? = nil) {
        self.seq = seq
        self.kind = kind
        self.recordedAt = recordedAt
        self.by = by
        self.reason = reason
    }

    /// The event, when the entry records one.
    public var event: ClearanceEvent? {
        if case .event(let e) = kind { return e }
        return nil
    }

    /// The seq of the event it voids, when it is a void.
    public var voidedSeq: Int? {
        if case .void(let seq) = kind { return seq }
        return nil
    }

    /// True when the record held this entry at `moment` (`nil`: now).
    public func isRecorded(by moment: RecordedTime?) -> Bool {
        guard let moment, let recordedAt else { return true }
        return recordedAt <= moment
    }

    /// The id users type to name it: "PARCEL/SEQ".
    public static func id(parcel: String, seq: Int) -> String { "\(parcel)/\(seq)" }
}
