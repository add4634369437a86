import GRDB
import Planner

extension PlanningStore {
    /// Every parcel's clearance history as recorded at ``asRecorded`` (now when `nil`), by
    /// parcel id: one pass over `clearance_events` in (parcel_id, seq) order, each parcel's
    /// entries turned into its history by the one rule, ``ClearanceLedger/history(asRecorded:)``.
    /// Each event carries its status and day only (``ClearanceReading/clearanceHistories()``):
    /// the recorder and note are left unread. Memory: the histories (events only, without
    /// the ledger's voids and moments).
    /// - Throws: ``StoreError`` naming the row of an entry with an unknown status, day or moment.
    public func clearanceHistories() throws -> [String: ClearanceHistory] {
        try reading(ClearanceEventRecord.self) { db in
            let rows = try ByPosition<ClearanceEventRecord>.fetchCursor(db, ClearanceEventRecord.statusesAndDays)
            var out: [String: ClearanceHistory] = [:]
            var parcel: String?
            var entries: [LedgerEntry] = []
            func close() {
                guard let id = parcel else { return }
                let history = ClearanceLedger(parcelId: id, entries: entries).history(asRecorded: asRecorded)
                if !history.events.isEmpty { out[id] = history }
            }
            while let row = try rows.next()?.record {
                if row.parcelId != parcel {
                    close()
                    parcel = row.parcelId
                    entries.removeAll(keepingCapacity: true)
                }
                entries.append(try row.entry())
            }
            close()
            return out
        }
    }
}
