import GRDB
import Planner

/// The ledger's high-water mark on a GeoPackage store: the largest `fid` of
/// `clearance_events`. SQLite commits one write at a time and the ledger is append-only
/// (its triggers refuse UPDATE and DELETE), so every entry committed after a mark was read
/// has a larger `fid`, from this process or any other; the mark and the changed parcels are
/// read in one read transaction (one snapshot, beside the writer in WAL mode).
extension PlanningStore: LedgerChangeReading {
    public func ledgerMark() throws -> Int64 {
        try geoPackage.read { reader in try Self.ledgerMark(reader.db) }
    }

    public func ledgerChanges(since mark: Int64) throws -> LedgerChanges {
        try geoPackage.read { reader in
            let db = reader.db
            typealias C = ClearanceEventRecord.Columns
            let now = try Self.ledgerMark(db)
            guard now > mark else { return LedgerChanges(mark: max(now, mark), parcelIds: [], lastSeqs: []) }
            // seq grows with fid within a parcel's ledger: the largest new seq is its last.
            let rows = try Row.fetchAll(db, ClearanceEventRecord.select(C.parcelId, max(C.seq))
                .filter(C.fid > mark && C.fid <= now).group(C.parcelId).order(C.parcelId))
            return LedgerChanges(mark: now, parcelIds: rows.map { $0[0] }, lastSeqs: rows.map { $0[1] })
        }
    }

    private static func ledgerMark(_ db: Database) throws -> Int64 {
        try Int64.fetchOne(db, ClearanceEventRecord.select(max(ClearanceEventRecord.Columns.fid))) ?? 0
    }
}
