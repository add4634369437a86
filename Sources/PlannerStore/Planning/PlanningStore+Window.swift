import Geo
import GRDB
import Planner

/// The parcels in a window, found through the GeoPackage R-tree `rtree_parcels_geom`
/// (never a scan of the layer), each with its ledger and status on the day asked.
extension PlanningStore: WindowReading {
    public func parcels(within window: Envelope, asOf: LocalDate) throws -> [ParcelExportRecord] {
        try reading(ParcelRecord.self) { db in
            let inWindow = "fid IN (SELECT id FROM rtree_parcels_geom WHERE minx <= ? AND maxx >= ? AND miny <= ? AND maxy >= ?)"
            let parcels = try ParcelRecord.withoutAttributes
                .filter(sql: inWindow, arguments: [window.maxX, window.minX, window.maxY, window.minY]).fetchAll(db)
            typealias C = ClearanceEventRecord.Columns
            let events = try ClearanceEventRecord.filter(parcels.map(\.parcelId).contains(C.parcelId)).order(C.parcelId, C.seq).fetchAll(db)
            let entries = Dictionary(grouping: events, by: \.parcelId)
            let moment = asRecorded
            return try parcels.compactMap { p -> ParcelExportRecord? in
                if let retired = StoredDay.parse(p.retiredOn), retired <= asOf { return nil }
                let ledger = ClearanceLedger(parcelId: p.parcelId, entries: try (entries[p.parcelId] ?? []).map { try $0.entry() })
                let inForce = ledger.history(asRecorded: moment).eventInForce(on: asOf)
                let row = StoredParcelRow(
                    id: p.parcelId, parkId: p.parkId, landUse: LandUseCode(rawValue: p.landUse), areaM2: p.areaM2, households: p.households,
                    compensationPlannedVND: p.compensationPlannedVnd, compensationPaidVND: p.compensationPaidVnd,
                    plannedHandover: StoredDay.parse(p.plannedHandover), status: inForce?.status ?? .notStarted, statusSince: inForce?.date,
                    geometryBlob: p.geom.map { [UInt8]($0.blob) }, ledger: ledger.entries.filter { $0.isRecorded(by: moment) })
                return try StoreError.inRow(ParcelRecord.databaseTableName, p.fid) { try row.record() }
            }
        }
    }
}
