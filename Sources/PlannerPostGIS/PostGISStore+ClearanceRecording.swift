import Planner
import PostgresNIO

extension PostGISStore: ClearanceRecording {
    /// The parcel's whole ledger, in seq order.
    /// - Throws: ``NotStored`` when no parcel has that id.
    public func ledger(parcelId: String) throws -> ClearanceLedger {
        try connection.session("reading the ledger of \(parcelId)") { db in try Self.ledger(parcelId, lock: false, db) }
    }

    /// Appends a status change when the rules allow it (``ClearanceChangeRules``).
    ///
    /// Concurrent writers: the transaction takes the parcel's row lock (`SELECT … FOR UPDATE`)
    /// before reading the ledger, so a second writer waits and then sees the first one's
    /// entry; `UNIQUE (parcel_id, seq)` refuses a duplicate seq in any case. Readers are
    /// never blocked (MVCC).
    @discardableResult
    public func recordClearance(parcelId: String, _ event: ClearanceEvent, reason: String?) throws
        -> (outcome: ClearanceChangeRules.Outcome, ledger: ClearanceLedger) {
        try connection.transaction("recording clearance of \(parcelId)") { db in
            let ledger = try Self.ledger(parcelId, lock: true, db)
            let outcome = try ClearanceChangeRules.check(event, reason: reason, against: ledger, today: .today, now: .now)
            guard case .record(let entry) = outcome else { return (outcome, ledger) }
            try db.insert("clearance_events", StoredLedgerRows.insertColumns, [StoredLedgerRows.binds(entry, parcelId: parcelId)])
            return (outcome, ledger.appending(entry))
        }
    }

    /// Appends a void of entry `seq` (the entry itself stays: the ledger is append-only).
    @discardableResult
    public func voidClearance(parcelId: String, seq: Int, reason: String?, by: String?) throws
        -> (void: LedgerEntry, ledger: ClearanceLedger) {
        try connection.transaction("voiding entry \(seq) of \(parcelId)") { db in
            let ledger = try Self.ledger(parcelId, lock: true, db)
            let entry = try ClearanceChangeRules.checkVoid(seq: seq, reason: reason, by: by, against: ledger, now: .now)
            try db.insert("clearance_events", StoredLedgerRows.insertColumns, [StoredLedgerRows.binds(entry, parcelId: parcelId)])
            return (entry, ledger.appending(entry))
        }
    }

    /// The ledger of `parcelId`, after taking its row lock when `lock` (inside a transaction).
    static func ledger(_ parcelId: String, lock: Bool, _ db: PostGISSession) throws -> ClearanceLedger {
        var binds = PostgresBindings()
        binds.append(parcelId)
        let known = try db.rows("SELECT fid FROM parcels WHERE parcel_id = $1\(lock ? " FOR UPDATE" : "")", binds, as: Int64.self)
        guard known.count == 1 else { throw NotStored("no parcel with id \"\(parcelId)\"; nothing was written") }
        let entries = try db.rows("SELECT \(StoredLedgerRows.columnsSQL) FROM clearance_events WHERE parcel_id = $1 ORDER BY seq",
                                  binds, as: StoredLedgerRows.Row.self).map(StoredLedgerRows.entry)
        return ClearanceLedger(parcelId: parcelId, entries: entries)
    }
}
