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

    /// One statement (one snapshot): the clock and the parcels of the ticks after `mark`,
    /// read through `ledger_changes`' primary key.
    public func ledgerChanges(since mark: Int64) throws -> LedgerChanges {
        try connection.session("reading the ledger changes") { db in
            var binds = PostgresBindings()
            binds.append(mark)
            let rows = try db.rows("""
                SELECT c.tick, ARRAY(SELECT DISTINCT parcel_id FROM ledger_changes WHERE tick > $1 AND tick <= c.tick)
                FROM ledger_clock c
                """, binds, as: (Int64, [String]).self)
            guard let row = rows.first else { return LedgerChanges(mark: mark, parcelIds: []) }
            let (tick, ids) = row
            return LedgerChanges(mark: max(tick, mark), parcelIds: ids.sorted())
        }
    }
}
