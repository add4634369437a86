import Foundation
import GRDB
import Planner

/// Recording clearance status changes: appended to the parcel's history, never overwriting it.
extension PlanningStore {
    /// Appends a status change to a parcel's history and updates its current status, in
    /// one transaction. Returns the parcel's whole history after the change.
    /// - Throws: ``StoreError`` (`.conflict`) when the parcel is unknown or the event is
    ///   dated before the last one recorded (history is append-only, in date order).
    @discardableResult
    public func recordClearance(parcelId: String, _ event: ClearanceEvent) throws -> ClearanceHistory {
        try geoPackage.write { tx in
            let db = tx.db
            let known = try StoreError.converting(path: tx.path, table: ParcelRecord.databaseTableName) {
                try ParcelRecord.filter(ParcelRecord.Columns.parcelId == parcelId).fetchCount(db)
            }
            guard known == 1 else {
                throw StoreError(.conflict, path: tx.path, table: "parcels", message: "no parcel with id \"\(parcelId)\"")
            }
            let rows = try StoreError.converting(path: tx.path, table: ClearanceEventRecord.databaseTableName) {
                try ClearanceEventRecord.filter(ClearanceEventRecord.Columns.parcelId == parcelId)
                    .order(ClearanceEventRecord.Columns.seq).fetchAll(db)
            }
            let history: ClearanceHistory
            do {
                history = try ClearanceHistory(rows.map { try $0.event() }).recording(event)
            } catch let e as ClearanceHistoryError {
                throw StoreError(.conflict, path: tx.path, table: "clearance_events", message: "parcel \"\(parcelId)\": \(e)")
            }
            let seq = (rows.map(\.seq).max() ?? 0) + 1
            try tx.insert([ClearanceEventRecord(event, parcelId: parcelId, seq: seq, recordedAt: Date())])
            try StoreError.converting(path: tx.path, table: ParcelRecord.databaseTableName) {
                _ = try ParcelRecord.filter(ParcelRecord.Columns.parcelId == parcelId).updateAll(db,
                    ParcelRecord.Columns.clearance.set(to: history.current.rawValue),
                    ParcelRecord.Columns.clearanceDate.set(to: history.currentSince?.description))
            }
            return history
        }
    }
}
