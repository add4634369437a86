import Foundation

/// The rules a new ledger entry must keep, checked before anything is written: one place
/// for every front (CLI, server) and every store.
public enum ClearanceChangeRules {
    /// The earliest day a clearance event may carry (the ledger's records start in 1990).
    public static let earliestDay = LocalDate(year: 1990, month: 1, day: 1)!

    /// What recording a status change would do.
    public enum Outcome: Hashable, Sendable {
        /// Append this entry.
        case record(LedgerEntry)
        /// Nothing: the status asked is already in force (since that day).
        case unchanged(ClearanceStatus, since: LocalDate?)
    }

    /// Checks `event` against `ledger` as it stands, on `today` (Vietnam's day), and
    /// returns the entry to append, recorded at `now`, or ``Outcome/unchanged(_:since:)``
    /// for a repeat of the status in force.
    /// - Throws: ``ClearanceRefusal`` for a day after today or before 1990, an empty `by`,
    ///   a day before the last event in force, or a status going backwards without `reason`.
    public static func check(_ event: ClearanceEvent, reason: String?, against ledger: ClearanceLedger,
                             today: LocalDate, now: RecordedTime) throws(ClearanceRefusal) -> Outcome {
        let id = ledger.parcelId
        let by = try who(event.by, parcel: id)
        guard event.date <= today else {
            throw ClearanceRefusal(parcelId: id, "the day \(event.date) is after today (\(today), Vietnam time); a status is recorded once it is reached")
        }
        guard event.date >= earliestDay else {
            throw ClearanceRefusal(parcelId: id, "the day \(event.date) is before \(earliestDay), earlier than any clearance this record holds; check the year")
        }
        let history = ledger.history()
        if let last = history.events.last {
            if last.status == event.status {
                return .unchanged(last.status, since: last.date)
            }
            guard event.date >= last.date else {
                throw ClearanceRefusal(parcelId: id, "the day \(event.date) is before the last event in force (\(last.status.rawValue) on \(last.date)); if that event is wrong, void it first (`parkplan clearance void \(LedgerEntry.id(parcel: id, seq: ledger.seqInForce ?? 0)) --reason … --by …`)")
            }
            if goesBackwards(from: last.status, to: event.status), trimmed(reason) == nil {
                throw ClearanceRefusal(parcelId: id, "\(event.status.rawValue) after \(last.status.rawValue) goes backwards; give the reason with --reason")
            }
        } else if event.status == .notStarted {
            return .unchanged(.notStarted, since: nil)
        }
        var e = event
        e.by = by
        return .record(LedgerEntry(seq: ledger.nextSeq, kind: .event(e), recordedAt: now, by: by, reason: trimmed(reason)))
    }

    /// Checks voiding the entry `seq` of `ledger` and returns the void entry, recorded at `now`.
    /// - Throws: ``ClearanceRefusal`` for an empty `by` or `reason`, an unknown entry, a
    ///   void, or an event already voided.
    public static func checkVoid(seq: Int, reason: String?, by: String?, against ledger: ClearanceLedger,
                                 now: RecordedTime) throws(ClearanceRefusal) -> LedgerEntry {
        let id = ledger.parcelId
        let who = try who(by, parcel: id)
        guard let reason = trimmed(reason) else {
            throw ClearanceRefusal(parcelId: id, "a void needs its reason (--reason), kept in the ledger")
        }
        guard let entry = ledger.entry(seq) else {
            throw ClearanceRefusal(parcelId: id, "the ledger has no entry \(LedgerEntry.id(parcel: id, seq: seq)) (it has \(ledger.entries.count))")
        }
        guard entry.event != nil else {
            throw ClearanceRefusal(parcelId: id, "\(LedgerEntry.id(parcel: id, seq: seq)) is itself a void; record the status again instead")
        }
        if let earlier = ledger.void(of: seq) {
            throw ClearanceRefusal(parcelId: id, "\(LedgerEntry.id(parcel: id, seq: seq)) was already voided by \(LedgerEntry.id(parcel: id, seq: earlier.seq))")
        }
        return LedgerEntry(seq: ledger.nextSeq, kind: .void(seq: seq), recordedAt: now, by: who, reason: reason)
    }

    /// True when `new` is an earlier step of the clearance than `old` (a dispute, entered
    /// or left, is no step back).
    public static func goesBackwards(from old: ClearanceStatus, to new: ClearanceStatus) -> Bool {
        old != .disputed && new != .disputed && new < old
    }

    private static func who(_ by: String?, parcel: String) throws(ClearanceRefusal) -> String {
        guard let by = trimmed(by) else {
            throw ClearanceRefusal(parcelId: parcel, "say who records it (--by, a GPMB board or an officer); it is kept in the ledger")
        }
        return by
    }

    private static func trimmed(_ text: String?) -> String? {
        guard let t = text?.trimmingCharacters(in: .whitespacesAndNewlines), !t.isEmpty else { return nil }
        return t
    }
}

/// A ledger entry refused: nothing was written.
public struct ClearanceRefusal: Error, Sendable, Equatable, CustomStringConvertible {
    /// The parcel.
    public var parcelId: String
    /// Why.
    public var reason: String

    /// Creates the refusal.
    public init(parcelId: String, _ reason: String) {
        self.parcelId = parcelId
        self.reason = reason
    }

    /// "parcel TT-000016: the day 2030-01-01 is after today (…)".
    public var description: String { "parcel \(parcelId): \(reason); nothing was written" }
}
