/// A parcel's clearance ledger: every entry ever recorded, events and voids, in the order
/// recorded (``LedgerEntry/seq``). Nothing in it is ever changed or removed; a mistake is
/// corrected by a later entry that voids it.
///
/// THE bitemporal rule lives here, in ``history(asRecorded:)``: what the record said at a
/// moment is the history of the events recorded by then and not voided by then. The
/// status on a day is then ``ClearanceHistory/eventInForce(on:among:)`` over that history.
public struct ClearanceLedger: Hashable, Sendable {
    /// The parcel's id.
    public var parcelId: String
    /// Its entries, seq 1, 2, 3… (the order recorded).
    public private(set) var entries: [LedgerEntry]

    /// A ledger of entries in seq order.
    public init(parcelId: String, entries: [LedgerEntry] = []) {
        self.parcelId = parcelId
        self.entries = entries
    }

    /// The seq the next entry takes.
    public var nextSeq: Int { (entries.last?.seq ?? 0) + 1 }

    /// The seq of the last event in force now (the event ``history(asRecorded:)`` ends with).
    public var seqInForce: Int? {
        let voided = Set(entries.compactMap(\.voidedSeq))
        return entries.last { $0.event != nil && !voided.contains($0.seq) }?.seq
    }

    /// The history the record held at `moment` (`nil`: as it stands now): the events
    /// recorded by then, in the order recorded, less those voided by then.
    public func history(asRecorded moment: RecordedTime? = nil) -> ClearanceHistory {
        var voided = Set<Int>()
        for e in entries where e.isRecorded(by: moment) { if let seq = e.voidedSeq { voided.insert(seq) } }
        return ClearanceHistory(recorded: entries.compactMap { e in
            e.isRecorded(by: moment) && !voided.contains(e.seq) ? e.event : nil
        })
    }

    /// The entry numbered `seq`.
    public func entry(_ seq: Int) -> LedgerEntry? {
        entries.first { $0.seq == seq }
    }

    /// The void entry of the event `seq`, when it was voided.
    public func void(of seq: Int) -> LedgerEntry? {
        entries.first { $0.voidedSeq == seq }
    }

    /// This ledger with `entry` appended (its seq must be ``nextSeq``; the rules are
    /// ``ClearanceChangeRules``').
    public func appending(_ entry: LedgerEntry) -> ClearanceLedger {
        precondition(entry.seq == nextSeq, "ledger entries are numbered in the order recorded")
        var copy = self
        copy.entries.append(entry)
        return copy
    }
}

extension ClearanceLedger {
    /// The ledger's version: the seq of its last entry (the number of entries, seq being
    /// 1, 2, 3…), 0 for an empty ledger. Every entry appended, event or void, raises it by
    /// one, so a writer that read version N may write only while it is still N (HTTP
    /// `ETag`/`If-Match`).
    public var version: Int { entries.last?.seq ?? 0 }
}
