import Planner

/// A parcel's export record, computed when read.
struct PostGISParcelRow: ParcelRecordSource {
    var exportRecord: ParcelExportRecord
    func record() throws -> ParcelExportRecord { exportRecord }
}

extension PostGISStore: ParcelStreamReading {
    /// The parcels active on `asOf`, in id order, handed to `body` in batches of 20 000, each
    /// with its status on that day, ledger and lineage (boundaries in EPSG:9210).
    ///
    /// The rows are read in one query and the records made batch by batch.
    public func streamParcels<T>(asOf: LocalDate, _ body: (_ next: () throws -> [any ParcelRecordSource]?) throws -> T) throws -> T? {
        let parcels = try connection.session("reading parcels for export") { db in
            try loadParcels(db, attributes: false, shareLevel: .none)
        }
        var position = 0
        let batchSize = 20_000
        return try body {
            var batch: [any ParcelRecordSource] = []
            while batch.count < batchSize, position < parcels.count {
                let p = parcels[position]
                position += 1
                if p.isActive(on: asOf) { batch.append(PostGISParcelRow(exportRecord: ParcelExportRecord(p, asOf: asOf))) }
            }
            return batch.isEmpty ? nil : batch
        }
    }
}
