import Foundation
import Planner

extension ImportLayer {
    /// Imports a parcel layer of any size: the importer streams checked batches
    /// (``ParcelImporter/stream(_:file:options:batchSize:deliver:)``) straight into the
    /// store's one transaction; parcels the file gives no unit shares are apportioned over
    /// `units` batch by batch.
    func importParcels(_ url: URL, options: ImportOptions, mode: ImportMode, retireOn: LocalDate,
                       parks: [IndustrialPark], units: [AdministrativeUnit],
                       progress: (String) -> Void) throws -> ImportReport {
        let file = url.lastPathComponent
        // The store apportions through this (batch by batch); the importer checks given units.
        let importer = ParcelImporter(parks: parks, knownUnits: units)
        let apportion: ParcelApportioning = { batch in
            var parcels = batch
            let missing = parcels.indices.filter { parcels[$0].units.isEmpty }
            if !missing.isEmpty && !units.isEmpty {
                let shares = try UnitShareCalculator.shares(of: missing.map { parcels[$0].boundary }, in: units)
                for (k, i) in missing.enumerated() { parcels[i].units = shares[k] }
            }
            return parcels
        }
        let (tally, notices) = try store.writeParcels(file: file, mode: mode, retireOn: retireOn, apportion: apportion) { write in
            try importer.stream(.file(url), file: file, options: options, batchSize: Self.parcelBatchSize) { batch in
                guard let written = try write(batch) else { return }
                progress(mode == .add ? "\(file): \(written.added) parcels read, checked and written"
                                      : "\(file): \(written.updated) parcels updated, \(written.added) added")
            }
        }
        return ImportReport(layer: .parcels, file: file, count: tally.count, repairs: tally.repairs,
                            notices: tally.notices + notices)
    }
}
