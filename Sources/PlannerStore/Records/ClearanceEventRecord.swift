import Foundation
import GRDB
import Planner

/// A row of `clearance_events`: one clearance status change of one parcel, numbered by
/// `seq` within the parcel (the order recorded), never overwritten.
struct ClearanceEventRecord: Codable, FetchableRecord, PersistableRecord, GeoPackageRecord {
    static let databaseTableName = "clearance_events"
    var fid: Int64?
    var parcelId: String
    var seq: Int
    var status: String
    /// "YYYY-MM-DD" (older rows may carry a time part after the day).
    var eventDate: String
    var recordedBy: String?
    var note: String?
    /// UTC, "YYYY-MM-DDTHH:MM:SS.SSSZ"; set when recorded one by one, not on import.
    var recordedAt: String?

    enum CodingKeys: String, CodingKey, CaseIterable {
        case fid, parcelId = "parcel_id", seq, status, eventDate = "event_date", recordedBy = "recorded_by", note
        case recordedAt = "recorded_at"
    }

    enum Columns {
        static let fid = Column(CodingKeys.fid)
        static let parcelId = Column(CodingKeys.parcelId)
        static let seq = Column(CodingKeys.seq)
        static let status = Column(CodingKeys.status)
        static let eventDate = Column(CodingKeys.eventDate)
    }

    /// The row of `event`, the `seq`-th of parcel `parcelId`, recorded at `recordedAt` (when given).
    init(_ event: ClearanceEvent, parcelId: String, seq: Int, recordedAt: Date? = nil) {
        self.parcelId = parcelId
        self.seq = seq
        status = event.status.rawValue
        eventDate = event.date.description
        recordedBy = event.by
        note = event.note
        self.recordedAt = recordedAt.map(ISODateText.instantText)
    }

    /// A row read by name (GRDB's customised decoding, a fraction of `Decodable`'s cost
    /// for millions of events); columns left out of the selection read as NULL.
    init(row: Row) {
        fid = row[CodingKeys.fid.rawValue]
        parcelId = row[CodingKeys.parcelId.rawValue]
        seq = row[CodingKeys.seq.rawValue]
        status = row[CodingKeys.status.rawValue]
        eventDate = row[CodingKeys.eventDate.rawValue]
        recordedBy = row[CodingKeys.recordedBy.rawValue]
        note = row[CodingKeys.note.rawValue]
        recordedAt = row[CodingKeys.recordedAt.rawValue]
    }

    /// The bulk insert's columns: every coding key, in order.
    static var insertColumns: [String]? { CodingKeys.allCases.map(\.rawValue) }

    /// The values of ``insertColumns``, listed by hand: a tenth of the cost of GRDB's
    /// `Encodable` container, for the tables of a million rows.
    func insertValues(_ values: inout [DatabaseValue], columns: [String]) {
        values.append(fid.databaseValue)
        values.append(parcelId.databaseValue)
        values.append(seq.databaseValue)
        values.append(status.databaseValue)
        values.append(eventDate.databaseValue)
        values.append(recordedBy.databaseValue)
        values.append(note.databaseValue)
        values.append(recordedAt.databaseValue)
    }

    /// The event.
    /// - Throws: ``StoreError`` naming the row for an unknown status or an unreadable date.
    func event() throws -> ClearanceEvent {
        guard let status = ClearanceStatus(rawValue: status), let date = StoredDay.parse(eventDate) else {
            throw StoreError(.schema, table: Self.databaseTableName, message: "row fid \(fid ?? 0) has no valid status or date")
        }
        return ClearanceEvent(status: status, date: date, by: recordedBy, note: note)
    }
}
