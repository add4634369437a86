import GRDB
import Planner

/// The fast path of ``EventsInForce`` for the clearance query, which needs only the
/// status: SQLite picks each parcel's event in force on ``asOf`` as recorded at
/// ``asRecorded`` in one grouped scan (`max(seq)` among the events dated on or before the
/// day and recorded by the moment; SQLite takes the bare `status` from that row), so Swift
/// reads one row per parcel instead of every entry.
///
/// It is ``ClearanceLedger/history(asRecorded:)`` then
/// ``ClearanceHistory/eventInForce(on:among:)`` written in SQL (the last event by seq, the
/// order recorded, among those dated on or before the day; the day compared as the first
/// ten characters of the stored ISO text, moments as their UTC ISO text; rows without a
/// moment count as recorded before any), kept because it is measured to
/// matter: at 100 000 parcels (release build) `clearance --by district` took 2.6 s with
/// every event streamed into the Swift rule against 1.7 s with this path.
///
/// Voids are left to the Swift rule: the few parcels whose ledger holds a void (read
/// whole, through the partial index on `voids`) get their status from
/// ``ClearanceLedger/history(asRecorded:)`` itself, and the SQL's row for them is passed
/// over. Checking every event for a void in SQL (a correlated `NOT EXISTS`) was 1.1 s of
/// the 4.3 s scan of 3 257 617 entries at 1 000 000 parcels.
/// `EventsInForceTests` checks that both give the same status on every parcel of a
/// generated history, with voids and moments, on every day.
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
    /// The whole ledgers of the parcels whose ledger holds a void, by parcel id.
    private let ledgersWithVoids: [String: ClearanceLedger]
    private static let cursorSQL = """
        SELECT parcel_id, status, recorded_by, substr(event_date, 1, 10), max(seq) FROM clearance_events
        WHERE status IS NOT NULL AND substr(event_date, 1, 10) <= :day
          AND (:moment IS NULL OR recorded_at IS NULL OR recorded_at <= :moment)
        GROUP BY parcel_id ORDER BY parcel_id
        """

    /// Reads the ledgers holding a void and starts the grouped scan of `db`'s `clearance_events`.
    /// - Throws: ``StoreError`` naming the row of an entry with an unknown status, day or moment.
    init(_ db: Database, asOf: LocalDate, asRecorded: RecordedTime?) throws {
        self.asOf = asOf
        self.asRecorded = asRecorded
        ledgersWithVoids = try Self.ledgersWithVoids(db)
        rows = try KeyedRecords(Row.fetchCursor(db, sql: Self.cursorSQL,
                                                arguments: ["day": asOf.description, "moment": asRecorded?.description])) { $0.parcelId }
    }

    /// Every entry of each parcel whose ledger holds a void (at any moment), in seq order.
    private static func ledgersWithVoids(_ db: Database) throws -> [String: ClearanceLedger] {
        typealias C = ClearanceEventRecord.Columns
        let voided = ClearanceEventRecord.select(C.parcelId).filter(C.voids != nil)
        let rows = try ClearanceEventRecord.filter(voided.contains(C.parcelId)).order(C.parcelId, C.seq).fetchAll(db)
        return try Dictionary(grouping: rows, by: \.parcelId).mapValues { ClearanceLedger(parcelId: $0[0].parcelId, entries: try $0.map { try $0.entry() }) }
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
        if let ledger = ledgersWithVoids[parcelId] {
            let event = ledger.history(asRecorded: asRecorded).eventInForce(on: asOf)
            return (event?.status ?? .notStarted, event?.by, event?.date)
        }
        return (status, recordedBy, since)
    }
}
