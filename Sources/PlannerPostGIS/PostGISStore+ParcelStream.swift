import Planner
import PostgresNIO

/// A parcel's export record, computed when read.
struct PostGISParcelRow: ParcelRecordSource {
    var exportRecord: ParcelExportRecord
    func record() throws -> ParcelExportRecord { exportRecord }
}

extension PostGISStore: ParcelStreamReading {
    /// The parcels active on `asOf`, in id order, handed to `body` in batches of
    /// ``streamBatch``, each with its status on that day, ledger and lineage (boundaries in
    /// EPSG:9210), in bounded memory.
    ///
    /// One read-only `REPEATABLE READ` transaction (every batch from one snapshot): a cursor
    /// over the parcels in byte order of their ids (`COLLATE "C"`), each batch's ledgers
    /// read by id through the `(parcel_id, seq)` index. Byte order is Swift's `String` order
    /// for ASCII ids only: when an id is not ASCII it returns `nil` without calling `body`,
    /// and the caller reads ``parcels()``. Loading every parcel first, as before, held the
    /// whole layer (335 MB for the export of 100 000 parcels) and wrote nothing until all
    /// was read.
    public func streamParcels<T>(asOf: LocalDate, _ body: (_ next: () throws -> [any ParcelRecordSource]?) throws -> T) throws -> T? {
        try connection.transaction("reading parcels for export") { db -> T? in
            try db.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            let ascii = try db.rows("SELECT NOT EXISTS (SELECT 1 FROM parcels WHERE octet_length(parcel_id) <> char_length(parcel_id))",
                                    as: Bool.self)
            guard ascii.first == true else { return nil }
            let lineage = try StoredLineageRows(db, asRecorded: asRecorded)
            try db.execute("""
                DECLARE parkplan_parcel_stream NO SCROLL CURSOR FOR
                SELECT \(Self.parcelColumns(attributes: false)) FROM parcels ORDER BY parcel_id COLLATE "C"
                """)
            return try body {
                var batch: [any ParcelRecordSource] = []
                while batch.isEmpty {
                    let rows = try db.rows("FETCH \(Self.streamBatch) FROM parkplan_parcel_stream", as: ParcelRow.self)
                    guard !rows.isEmpty else { return nil }
                    var ids = PostgresBindings()
                    ids.append(rows.map(\.0))
                    let entries = try ledgers(db, "WHERE parcel_id = ANY($1)", ids)
                    for row in rows {
                        guard let p = try parcel(row, shares: [:], entries: entries, lineage: lineage), p.isActive(on: asOf) else { continue }
                        batch.append(PostGISParcelRow(exportRecord: ParcelExportRecord(p, asOf: asOf)))
                    }
                }
                return batch
            }
        }
    }

    /// Parcels fetched from the cursor at a time (the GeoPackage store's batch).
    static let streamBatch = 10_000
}
