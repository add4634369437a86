import GRDB
import Planner

/// Every parcel's ledger entries streamed in (parcel_id, seq) order beside a walk of the
/// parcels in id order, each parcel's event in force on ``asOf`` as recorded at
/// ``asRecorded`` picked by the one rule: ``ClearanceLedger/history(asRecorded:)``, then
/// ``ClearanceHistory/eventInForce(on:among:)``. Memory: one parcel's entries.
struct EventsInForce {
    /// The day asked about.
    let asOf: LocalDate
    /// The moment of the record asked about (`nil`: now).
    let asRecorded: RecordedTime?
    private let rows: KeyedRecords<ByPosition<ClearanceEventRecord>>
    private var buffer: [LedgerEntry] = []

    /// The entries of the last parcel asked about, recorded by ``asRecorded``.
    private(set) var entries: [LedgerEntry] = []

    /// Starts the walk over `db`'s `clearance_events`.
    init(_ db: Database, asOf: LocalDate, asRecorded: RecordedTime?) throws {
        typealias C = ClearanceEventRecord.Columns
        self.asOf = asOf
        self.asRecorded = asRecorded
        rows = try KeyedRecords(ByPosition<ClearanceEventRecord>.fetchCursor(
            db, ClearanceEventRecord.select(ClearanceEventRecord.positionalSelection).order(C.parcelId, C.seq))) { $0.record.parcelId }
    }

    /// The event in force on ``asOf`` of parcel `parcelId` (`nil`: none yet). Ids must
    /// come in ascending BINARY order.
    /// - Throws: ``StoreError`` naming the row of an entry with an unknown status, day or moment.
    mutating func event(of parcelId: String) throws -> ClearanceEvent? {
        buffer.removeAll(keepingCapacity: true)
        try rows.forEach(matching: parcelId) { buffer.append(try $0.record.entry()) }
        let moment = asRecorded
        entries = buffer.filter { $0.isRecorded(by: moment) }
        return ClearanceLedger(parcelId: parcelId, entries: buffer).history(asRecorded: moment).eventInForce(on: asOf)
    }
}
