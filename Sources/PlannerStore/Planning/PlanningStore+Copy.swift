import GRDB
import Planner

/// A whole record copied into the GeoPackage store (`parkplan store copy --to FILE.gpkg`),
/// through its own records and bulk-insert path, as an import writes them.
extension PlanningStore: RecordCopying {
    /// Copies every layer, unit share and task link, every ledger entry ever recorded
    /// (voids and corrections, with their recording moments) and the parcel lineage of
    /// `source` into this store, which must hold no record yet, in one transaction (all or
    /// nothing). Geometry in EPSG:9210. A lineage whose recording moment `source` does not
    /// know is recorded at the copy's moment (this store keeps one for every lineage).
    /// - Throws: ``StoreError`` (`.conflict`) naming what the store already holds (nothing
    ///   written); ``StoreError`` naming the table when a write fails.
    @discardableResult
    public func copy(from source: any PlanningReading) throws -> StoreCopyReport {
        let data = try source.everything()
        let now = RecordedTime.now
        return try geoPackage.write { tx in
            try Self.refuseUnlessEmpty(tx)
            var report = StoreCopyReport()
            func write<R: GeoPackageRecord>(_ records: [R]) throws {
                try tx.insert(records)
                report.wrote(records.count, into: R.databaseTableName)
            }
            try Self.bulkWrite(tx) {
                try write(data.parks.map(ParkRecord.init))
                try write(data.parks.flatMap { p in p.units.map { UnitShareRecord<ParkShares>($0, ownerId: p.id) } })
                try write(data.units.map(AdminUnitRecord.init))
                try write(data.zones.map(LandUseZoneRecord.init))
                try write(data.works.map(InfrastructureRecord.init))
                try write(data.tasks.map { PlanTaskRecord($0, source: "store copy") })
                try write(data.tasks.flatMap { t in t.parkIds.map { TaskParkRecord(reference: t.reference, parkId: $0) } })
                try write(data.parcels.map(ParcelRecord.init))
                try write(data.parcels.flatMap { p in p.units.map { UnitShareRecord<ParcelShares>($0, ownerId: p.id) } })
                try write(data.parcels.flatMap { p in p.ledgerEntries.map { ClearanceEventRecord($0, parcelId: p.id) } })
                let links = data.parcels.flatMap { p in
                    p.resurveyedOn.map { day in
                        p.parentIds.map { LineageWriter.Link(child: p.id, parent: $0, day: day, recordedAt: p.lineageRecordedAt ?? now) }
                    } ?? []
                }
                try LineageWriter.insert(links, tx)
                report.wrote(links.count, into: "parcel_lineage")
                try Self.refreshOverlapPairs(tx, touching: nil)
            }
            return report
        }
    }

    /// Refuses a store that already holds features or ledger entries.
    private static func refuseUnlessEmpty(_ tx: GeoPackageTransaction) throws {
        var held: [String] = []
        for table in PlanningLayer.allCases.map(\.table) + [ClearanceEventRecord.databaseTableName] {
            let count = try StoreError.converting(path: tx.path, table: table) {
                try Int.fetchOne(tx.db, sql: "SELECT count(*) FROM \"\(table)\"") ?? 0
            }
            if count > 0 { held.append("\(count) in \(table)") }
        }
        guard held.isEmpty else {
            throw StoreError(.conflict, path: tx.path, table: nil,
                             message: "the store already holds a record (\(held.joined(separator: ", "))); nothing was written: copy into a new file or an empty store")
        }
    }
}
