import Foundation
import GRDB
import Planner

/// A row of `clearance_events`, the clearance ledger (schema 2): one entry of one parcel,
/// numbered by `seq` within the parcel in the order recorded, never changed or deleted
/// (triggers refuse it): a status event, or a void of an earlier event (`voids`, with
/// `status` and `event_date` NULL).
struct ClearanceEventRecord: Codable, FetchableRecord, PersistableRecord, GeoPackageRecord, PositionalRecord {
    static let databaseTableName = "clearance_events"
    var fid: Int64?
    var parcelId: String
    var seq: Int
    /// The status reached; NULL on a void.
    var status: String?
    /// "YYYY-MM-DD", the valid time (older rows may carry a time part after the day); NULL on a void.
    var eventDate: String?
    var recordedBy: String?
    var note: String?
    /// The transaction time, UTC "YYYY-MM-DDTHH:MM:SS.SSSZ"; NULL only on rows of schema 1
    /// imported without it.
    var recordedAt: String?
    /// The seq of the event this entry voids.
    var voids: Int?
    /// Why (a void; a status that goes backwards).
    var reason: String?

    enum CodingKeys: String, CodingKey, CaseIterable {
        case fid, parcelId = "parcel_id", seq, status, eventDate = "event_date", recordedBy = "recorded_by", note
        case recordedAt = "recorded_at", voids, reason
    }

    enum Columns {
        static let fid = Column(CodingKeys.fid)
        static let parcelId = Column(CodingKeys.parcelId)
        static let seq = Column(CodingKeys.seq)
        static let status = Column(CodingKeys.status)
        static let eventDate = Column(CodingKeys.eventDate)
        static let voids = Column(CodingKeys.voids)
    }

    /// The row of ledger entry `entry` of parcel `parcelId`.
    init(_ entry: LedgerEntry, parcelId: String) {
        self.parcelId = parcelId
        seq = entry.seq
        recordedAt = entry.recordedAt?.description
        reason = entry.reason
        recordedBy = entry.recordedBy
        switch entry.kind {
        case .event(let event):
            status = event.status.rawValue
            eventDate = event.date.description
            note = event.note
        case .void(let voided):
            voids = voided
        }
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
        voids = row[CodingKeys.voids.rawValue]
        reason = row[CodingKeys.reason.rawValue]
    }

    /// Every column, in ``CodingKeys`` order.
    static let positionalColumns = CodingKeys.allCases.map(\.rawValue)

    /// Every entry in (parcel_id, seq) order with what the ledger's rule needs to make a
    /// history (seq, status, day, moment, voids), the recorder, note and reason read as
    /// NULL: the long Vietnamese texts of a city's three million entries, most of a
    /// history pass's strings and memory (``positionalColumns``, read by position).
    static let statusesAndDays = ClearanceEventRecord.select(positionalColumns.map { name -> any SQLSelectable in
        [CodingKeys.recordedBy, .note, .reason].map(\.rawValue).contains(name) ? SQL("NULL") : Column(name)
    }).order(Columns.parcelId, Columns.seq)

    /// A row of ``positionalColumns`` read by position.
    init(positional row: Row) {
        fid = row[0]
        parcelId = row[1]
        seq = row[2]
        status = row[3]
        eventDate = row[4]
        recordedBy = row[5]
        note = row[6]
        recordedAt = row[7]
        voids = row[8]
        reason = row[9]
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
        values.append(voids.databaseValue)
        values.append(reason.databaseValue)
    }

    /// The ledger entry.
    /// - Throws: ``StoreError`` naming the row for an unknown status, an unreadable day or moment.
    func entry() throws -> LedgerEntry {
        let at: RecordedTime?
        if let recordedAt {
            guard let t = RecordedTime(storedText: recordedAt) else { throw invalid("recorded_at \"\(recordedAt)\" is not YYYY-MM-DDTHH:MM:SS.SSSZ") }
            at = t
        } else {
            at = nil
        }
        if let voids {
            return LedgerEntry(seq: seq, kind: .void(seq: voids), recordedAt: at, by: recordedBy, reason: reason)
        }
        return LedgerEntry(seq: seq, kind: .event(try event()), recordedAt: at, by: recordedBy, reason: reason)
    }

    /// The status event (valid time only).
    /// - Throws: ``StoreError`` naming the row for a void, an unknown status or an unreadable date.
    func event() throws -> ClearanceEvent {
        guard let status, let status = ClearanceStatus(rawValue: status), let eventDate, let date = StoredDay.parse(eventDate) else {
            throw invalid("has no valid status or date")
        }
        return ClearanceEvent(status: status, date: date, by: recordedBy, note: note)
    }

    private func invalid(_ what: String) -> StoreError {
        StoreError(.schema, table: Self.databaseTableName, message: "row fid \(fid ?? 0) (parcel \(parcelId), seq \(seq)) \(what)")
    }
}
