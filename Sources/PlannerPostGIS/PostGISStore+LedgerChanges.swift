import Planner
import PostgresNIO

/// The ledger's high-water mark on PostGIS: `ledger_clock.tick`, and the parcels each tick
/// touched in `ledger_changes`, both written by the ledger's own trigger in the writer's
/// transaction (schema 2, ``PostGISSchemaV2``), so writes of any process or instance count.
/// Ticks are taken under the clock row's lock, in commit order: a snapshot that sees tick N
/// sees every write up to N.
extension PostGISStore: LedgerChangeReading {
    public func ledgerMark() throws -> Int64 {
        try connection.session("reading the ledger clock") { db in
            try db.rows("SELECT tick FROM ledger_clock", as: Int64.self).first ?? 0
        }
    }

    /// One statement (one snapshot): the clock, the parcels of the ticks after `mark`, read
    /// through `ledger_changes`' primary key, and each one's last seq (through
    /// `clearance_events`' `(parcel_id, seq)` key). Sorted in Swift, not by the database's
    /// collation.
    public func ledgerChanges(since mark: Int64) throws -> LedgerChanges {
        try connection.session("reading the ledger changes") { db in
            var binds = PostgresBindings()
            binds.append(mark)
            let rows = try db.rows("""
                WITH changed AS (
                  SELECT DISTINCT l.parcel_id FROM ledger_changes l, ledger_clock c WHERE l.tick > $1 AND l.tick <= c.tick)
                SELECT c.tick,
                       ARRAY(SELECT parcel_id FROM changed ORDER BY parcel_id),
                       ARRAY(SELECT (SELECT max(e.seq) FROM clearance_events e WHERE e.parcel_id = changed.parcel_id)
                             FROM changed ORDER BY parcel_id)
                FROM ledger_clock c
                """, binds, as: (Int64, [String], [Int32]).self)
            guard let row = rows.first else { return LedgerChanges(mark: mark, parcelIds: [], lastSeqs: []) }
            let (tick, ids, seqs) = row
            let sorted = zip(ids, seqs).sorted { $0.0 < $1.0 }
            return LedgerChanges(mark: max(tick, mark), parcelIds: sorted.map(\.0), lastSeqs: sorted.map { Int($0.1) })
        }
    }
}
