import Foundation
import GRDB
import Planner

/// Recording in the clearance ledger: entries appended, never changed (the store's
/// triggers refuse any other write). The rules are ``ClearanceChangeRules``', checked in
/// the same write transaction as the insert, so two writers cannot both pass them on the
/// same ledger state.
extension PlanningStore {
    /// Every entry of the parcel's ledger, in seq order.
    /// - Throws: ``StoreError`` (`.conflict`) when the parcel is unknown.
    public func ledger(parcelId: String) throws -> ClearanceLedger {
        try geoPackage.read { reader in try Self.ledger(parcelId, reader.db, path: path) }
    }

    /// See ``ClearanceRecording/recordClearance(parcelId:_:reason:)``; the day is checked
    /// against today in Vietnam (UTC+7).
    @discardableResult
    public func recordClearance(parcelId: String, _ event: ClearanceEvent, reason: String? = nil) throws
        -> (outcome: ClearanceChangeRules.Outcome, ledger: ClearanceLedger) {
        try geoPackage.write { tx in
            let ledger = try Self.ledger(parcelId, tx.db, path: tx.path)
            let outcome = try ClearanceChangeRules.check(event, reason: reason, against: ledger, today: .today, now: .now)
            guard case .record(let entry) = outcome else { return (outcome, ledger) }
            try tx.insert([ClearanceEventRecord(entry, parcelId: parcelId)])
            return (outcome, ledger.appending(entry))
        }
    }

    /// See ``ClearanceRecording/voidClearance(parcelId:seq:reason:by:)``.
    @discardableResult
    public func voidClearance(parcelId: String, seq: Int, reason: String?, by: String?) throws
        -> (void: LedgerEntry, ledger: ClearanceLedger) {
        try geoPackage.write { tx in
            let ledger = try Self.ledger(parcelId, tx.db, path: tx.path)
            let entry = try ClearanceChangeRules.checkVoid(seq: seq, reason: reason, by: by, against: ledger, now: .now)
            try tx.insert([ClearanceEventRecord(entry, parcelId: parcelId)])
            return (entry, ledger.appending(entry))
        }
    }

    /// The ledger of `parcelId` read in `db`.
    static func ledger(_ parcelId: String, _ db: Database, path: String) throws -> ClearanceLedger {
        let known = try StoreError.converting(path: path, table: ParcelRecord.databaseTableName) {
            try ParcelRecord.filter(ParcelRecord.Columns.parcelId == parcelId).fetchCount(db)
        }
        guard known == 1 else {
            throw StoreError(.conflict, path: path, table: "parcels", message: "no parcel with id \"\(parcelId)\"; nothing was written")
        }
        let rows = try StoreError.converting(path: path, table: ClearanceEventRecord.databaseTableName) {
            try ClearanceEventRecord.filter(ClearanceEventRecord.Columns.parcelId == parcelId)
                .order(ClearanceEventRecord.Columns.seq).fetchAll(db)
        }
        return ClearanceLedger(parcelId: parcelId, entries: try rows.map { try $0.entry() })
    }
}
