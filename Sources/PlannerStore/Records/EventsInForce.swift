import GRDB
import Planner

/// Every parcel's clearance events streamed in (parcel_id, seq) order beside a walk of
/// the parcels in id order, each parcel's event in force on ``asOf`` picked by
/// ``ClearanceHistory/eventInForce(on:among:)``, the one rule. Memory: one parcel's events.
struct EventsInForce {
    /// The day asked about.
    let asOf: LocalDate
    private let events: KeyedRecords<ClearanceEventRecord>
    private var buffer: [ClearanceEvent] = []

    /// Starts the walk over `db`'s `clearance_events` (status and date only).
    init(_ db: Database, asOf: LocalDate) throws {
        typealias C = ClearanceEventRecord.Columns
        self.asOf = asOf
        let request = ClearanceEventRecord.select(C.fid, C.parcelId, C.seq, C.status, C.eventDate).order(C.parcelId, C.seq)
        events = try KeyedRecords(request.fetchCursor(db)) { $0.parcelId }
    }

    /// The event in force on ``asOf`` of parcel `parcelId` (`nil`: none yet). Ids must
    /// come in ascending BINARY order.
    /// - Throws: ``StoreError`` naming the row of an event with an unknown status or date.
    mutating func event(of parcelId: String) throws -> ClearanceEvent? {
        buffer.removeAll(keepingCapacity: true)
        try events.forEach(matching: parcelId) { buffer.append(try $0.event()) }
        return ClearanceHistory.eventInForce(on: asOf, among: buffer)
    }
}
