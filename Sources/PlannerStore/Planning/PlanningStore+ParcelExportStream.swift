import GRDB
import Planner

/// Streaming the parcels layer, for exports of a city's million parcels in bounded memory.
extension PlanningStore {
    /// Reads the parcels as they stood on `asOf` in batches of `batchSize` rows, in parcel
    /// id order (the order of ``parcels()``), and hands `body` the function giving the
    /// next batch (`nil` at the end). Each row carries its status on `asOf` and the day it
    /// was reached (SQL picks the last event on or before the day); geometry stays a blob.
    /// Everything is read from one snapshot.
    ///
    /// Returns `nil` without calling `body` when SQLite's byte order of the ids differs
    /// from Swift's `String` order (possible only for non-ASCII ids): the caller then
    /// falls back to ``parcels()`` to keep the same order.
    /// - Throws: ``StoreError`` for an unknown status; what `body` throws.
    public func streamParcels<T>(asOf: LocalDate, batchSize: Int = 20_000,
                                 _ body: (_ next: () throws -> [StoredParcelRow]?) throws -> T) throws -> T? {
        try geoPackage.read { reader in
            let db = reader.db
            guard try StoreError.converting(path: path, table: PlanningLayer.parcels.table, { try Self.idsSortLikeStrings(db) }) else {
                return nil
            }
            let (statuses, parcels) = try StoreError.converting(path: path, table: PlanningLayer.parcels.table) {
                let statuses = try KeyedRows(Row.fetchCursor(db, sql: """
                    SELECT parcel_id, status, event_date, max(seq) FROM clearance_events
                    WHERE substr(event_date, 1, 10) <= ? GROUP BY parcel_id ORDER BY parcel_id
                    """, arguments: [asOf.description]))
                let parcels = try Row.fetchCursor(db, sql: """
                    SELECT parcel_id, park_id, land_use, area_m2, households, compensation_planned_vnd,
                           compensation_paid_vnd, planned_handover, geom
                    FROM parcels ORDER BY parcel_id
                    """)
                return (statuses, parcels)
            }
            var parks = NamePool()
            var landUses: [String: (text: String, code: LandUseCode)] = [:]
            func landUse(_ text: String) -> LandUseCode {
                if let known = landUses[text], KeyedRows.compare(known.text, text) == 0 { return known.code }
                let code = LandUseCode(rawValue: text)
                landUses[text] = (text, code)
                return code
            }
            func next() throws -> [StoredParcelRow]? {
                try StoreError.converting(path: path, table: PlanningLayer.parcels.table) {
                    var batch: [StoredParcelRow] = []
                    batch.reserveCapacity(batchSize)
                    while batch.count < max(1, batchSize), let row = try parcels.next() {
                        guard let id = row[0] as String? else { continue }
                        var status = ClearanceStatus.notStarted
                        var since: LocalDate?
                        try statuses.forEach(matching: id) { e in
                            guard let text = e[1] as String?, let s = ClearanceStatus(rawValue: text) else {
                                throw StoreError(.schema, table: "clearance_events", message: "parcel \(id) has an event with no valid status")
                            }
                            status = s
                            since = StoredValue.day(e, 2)
                        }
                        let blob = try row.withUnsafeData(atIndex: 8) { $0.map { [UInt8]($0) } }
                        batch.append(StoredParcelRow(
                            id: id, parkId: (row[1] as String?).map { parks.intern($0) },
                            landUse: landUse(row[2] as String? ?? ""), areaM2: StoredValue.double(row, 3),
                            households: StoredValue.int(row, 4), compensationPlannedVND: StoredValue.double(row, 5),
                            compensationPaidVND: StoredValue.double(row, 6), plannedHandover: StoredValue.day(row, 7),
                            status: status, statusSince: since, geometryBlob: blob))
                    }
                    return batch.isEmpty ? nil : batch
                }
            }
            return try body(next)
        }
    }

    /// True when the ids in SQLite's order are also ascending in Swift's `String` order.
    private static func idsSortLikeStrings(_ db: Database) throws -> Bool {
        let ids = try String.fetchCursor(db, sql: "SELECT parcel_id FROM parcels WHERE parcel_id IS NOT NULL ORDER BY parcel_id")
        var previous: String?
        while let id = try ids.next() {
            if let previous, !(previous < id) { return false }
            previous = id
        }
        return true
    }
}
