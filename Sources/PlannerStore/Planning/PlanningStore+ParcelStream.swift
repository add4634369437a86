import Foundation
import GRDB
import Planner

/// Importing a parcel layer of any size: the file is read, checked and written batch by
/// batch (``ParcelImporter/stream(_:file:options:batchSize:deliver:)``), so memory stays
/// bounded whatever the number of parcels, and every batch goes into ONE transaction: a
/// rejected feature, an id conflict or a crash rolls all of it back and leaves the store
/// byte for byte as it was.
extension PlanningStore {
    /// Parcels read, checked and written together.
    static let parcelBatchSize = 16_384
    /// SQLite page cache while importing parcels (negative: KiB), 256 MiB.
    static let importCacheSize = -262_144

    /// Imports a parcel layer; see ``importFile(_:as:options:mode:progress:)``.
    func importParcels(_ url: URL, options: ImportOptions, mode: ImportMode, retireOn: LocalDate?,
                       progress: (String) -> Void) throws -> ImportReport {
        let file = url.lastPathComponent
        let units = try units()
        // The store apportions (below, batch by batch); the importer checks given units.
        let importer = ParcelImporter(parks: try parks(), knownUnits: units)
        let (tally, ledgerNotices) = try geoPackage.write { tx in
            // A large layer's indexes (parcel ids, event keys, the R-tree) outgrow SQLite's
            // default 2 MB page cache; a bigger one for this transaction saves re-reading and
            // re-writing their pages. Restored afterwards (the setting is per connection).
            let cacheSize = try Int.fetchOne(tx.db, sql: "PRAGMA cache_size") ?? -2000
            try tx.db.execute(sql: "PRAGMA cache_size = \(Self.importCacheSize)")
            defer { try? tx.db.execute(sql: "PRAGMA cache_size = \(cacheSize)") }
            let apportion = { (batch: [Parcel]) throws -> [Parcel] in
                var parcels = batch
                let missing = parcels.indices.filter { parcels[$0].units.isEmpty }
                if !missing.isEmpty && !units.isEmpty {
                    let shares = try UnitShareCalculator.shares(of: missing.map { parcels[$0].boundary }, in: units)
                    for (k, i) in missing.enumerated() { parcels[i].units = shares[k] }
                }
                return parcels
            }
            return try Self.bulkWrite(tx) {
                let now = RecordedTime.now
                var lineage = LineageWriter()
                if mode == .add {
                    var writer = try StreamedLayerWriter(.parcels, tx)
                    let tally = try importer.stream(.file(url), file: file, options: options, batchSize: Self.parcelBatchSize) { batch in
                        guard writer.admit(batch.map(\.id)) else { return }
                        try Self.insert(parcels: try apportion(batch), recordedAt: now, tx)
                        lineage.collect(batch)
                        progress("\(file): \(writer.written) parcels read, checked and written")
                    }
                    try writer.finish()
                    return (tally, try lineage.write(tx, file: file, resurveyedOn: retireOn ?? .today, now: now))
                }
                var upsert = ParcelUpsert(tx, mode: mode, retireOn: retireOn ?? .today, recordedAt: now)
                let tally = try importer.stream(.file(url), file: file, options: options, batchSize: Self.parcelBatchSize) { batch in
                    try upsert.write(batch, apportion: apportion)
                    lineage.collect(batch)
                    progress("\(file): \(upsert.updated) parcels updated, \(upsert.added) added")
                }
                // Before `--replace` retires what the file lacks: the parents a resurvey retires are refused once retired.
                let lineageNotices = try lineage.write(tx, file: file, resurveyedOn: retireOn ?? .today, now: now)
                try upsert.finish()
                return (tally, upsert.notices(file: file) + lineageNotices)
            }
        }
        return ImportReport(layer: .parcels, file: file, count: tally.count, repairs: tally.repairs,
                            notices: tally.notices + ledgerNotices)
    }
}
