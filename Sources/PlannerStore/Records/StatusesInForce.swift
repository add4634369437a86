import GRDB
import Planner

/// The fast path of ``EventsInForce`` for the clearance query, which needs only the
/// status: SQLite picks each parcel's event in force on ``asOf`` as recorded at
/// ``asRecorded`` in one grouped scan (`max(seq)` among the events dated on or before the
/// day, recorded by the moment and not voided by it; SQLite takes the bare `status` from
/// that row), so Swift reads one row per parcel instead of every entry.
///
/// It is ``ClearanceLedger/history(asRecorded:)`` then
/// ``ClearanceHistory/eventInForce(on:among:)`` written in SQL (the last event by seq, the
/// order recorded, among those dated on or before the day; the day compared as the first
/// ten characters of the stored ISO text, moments as their UTC ISO text; rows without a
/// moment count as recorded before any), kept because it is measured to
/// matter: at 100 000 parcels (release build) `clearance --by district` took 2.6 s with
/// every event streamed into the Swift rule against 1.7 s with this path.
/// `EventsInForceTests` checks that both give the same status on every parcel of a
/// generated history on every day.
struct StatusesInForce {
    private struct Row: FetchableRecord {
        var parcelId: String
        var status: String
        var recordedBy: String?
        var eventDate: String?
        init(row: GRDB.Row) {
            parcelId = row[0]
            status = row[1]
            recordedBy = row[2]
            eventDate = row[3]
        }
    }

    /// The day asked about.
    let asOf: LocalDate
    /// The moment of the record asked about (`nil`: now).
    let asRecorded: RecordedTime?
    private let rows: KeyedRecords<Row>
    private static let cursorSQL = """
        SELECT parcel_id, status, recorded_by, substr(event_date, 1, 10), max(seq) FROM clearance_events e
        WHERE status IS NOT NULL AND substr(event_date, 1, 10) <= :day
          AND (:moment IS NULL OR recorded_at IS NULL OR recorded_at <= :moment)
          AND NOT EXISTS (SELECT 1 FROM clearance_events v WHERE v.parcel_id = e.parcel_id AND v.voids = e.seq
                          AND (:moment IS NULL OR v.recorded_at IS NULL OR v.recorded_at <= :moment))
        GROUP BY parcel_id ORDER BY parcel_id
        """

    /// Starts the grouped scan of `db`'s `clearance_events`.
    init(_ db: Database, asOf: LocalDate, asRecorded: RecordedTime?) throws {
        self.asOf = asOf
        self.asRecorded = asRecorded
        rows = try KeyedRecords(Row.fetchCursor(db, sql: Self.cursorSQL,
                                                arguments: ["day": asOf.description, "moment": asRecorded?.description])) { $0.parcelId }
    }

    /// The status in force on ``asOf`` of parcel `parcelId` (`.notStarted`: none yet).
    /// Ids must come in ascending BINARY order.
    /// - Throws: ``StoreError`` (`.schema`) for a stored status this release does not know.
    func status(of parcelId: String) throws -> ClearanceStatus {
        try inForce(of: parcelId).status
    }

    /// The status in force on ``asOf`` of parcel `parcelId` (`.notStarted`: none yet) and
    /// who recorded it (the entry's `recorded_by`). Ids must come in ascending BINARY order.
    /// - Throws: as ``status(of:)``.
    func inForce(of parcelId: String) throws -> (status: ClearanceStatus, recordedBy: String?, since: LocalDate?) {
        var status = ClearanceStatus.notStarted, recordedBy: String?, since: LocalDate?
        try rows.forEach(matching: parcelId) { row in
            guard let s = ClearanceStatus(rawValue: row.status) else {
                throw StoreError(.schema, table: ClearanceEventRecord.databaseTableName,
                                 message: "parcel \(parcelId) has an event with status \"\(row.status)\", not one of \(ClearanceStatus.validNames)")
            }
            status = s
            recordedBy = row.recordedBy
            since = StoredDay.parse(row.eventDate)
        }
        return (status, recordedBy, since)
    }
}
