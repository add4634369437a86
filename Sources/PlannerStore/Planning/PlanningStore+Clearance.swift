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
            guard try Int.fetchOne(db, sql: "SELECT count(*) FROM parcels WHERE parcel_id = ?", arguments: [parcelId]) == 1 else {
                throw StoreError(.conflict, path: tx.path, table: "parcels", message: "no parcel with id \"\(parcelId)\"")
            }
            let rows = try tx.reader.features(in: "clearance_events", where: "parcel_id = ?", arguments: [parcelId])
            let past = try rows.sorted { ($0.attributes["seq"]?.int ?? 0) < ($1.attributes["seq"]?.int ?? 0) }
                .map(ClearanceEvent.init(record:))
            let history: ClearanceHistory
            do {
                history = try ClearanceHistory(past).recording(event)
            } catch {
                throw StoreError(.conflict, path: tx.path, table: "clearance_events", message: "parcel \"\(parcelId)\": \(error)")
            }
            let seq = (rows.compactMap { $0.attributes["seq"]?.int }.max() ?? 0) + 1
            var record = event.record(parcelId: parcelId, seq: seq)
            record.attributes["recorded_at"] = .dateTime(Date())
            try tx.insert(features: [record], into: "clearance_events")
            try db.execute(sql: "UPDATE parcels SET clearance = ?, clearance_date = ? WHERE parcel_id = ?",
                           arguments: [history.current.rawValue, history.currentSince?.description, parcelId])
            return history
        }
    }
}
