import GRDB
import Planner

/// A row of `audit_log` (schema 3): one write through the server, never changed.
struct AuditRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "audit_log"
    var fid: Int64?
    var userName: String
    /// UTC "YYYY-MM-DDTHH:MM:SS.SSSZ", the ledger entry's `recorded_at`.
    var at: String
    var requestId: String?
    var remoteAddress: String?
    var action: String
    var parcelId: String
    var entrySeq: Int
    var beforeVersion: Int
    var beforeStatus: String
    var beforeSince: String?
    var afterVersion: Int
    var afterStatus: String
    var afterSince: String?

    enum CodingKeys: String, CodingKey {
        case fid, userName = "user_name", at, requestId = "request_id", remoteAddress = "remote_address", action
        case parcelId = "parcel_id", entrySeq = "entry_seq"
        case beforeVersion = "before_version", beforeStatus = "before_status", beforeSince = "before_since"
        case afterVersion = "after_version", afterStatus = "after_status", afterSince = "after_since"
    }

    enum Columns {
        static let fid = Column(CodingKeys.fid)
        static let parcelId = Column(CodingKeys.parcelId)
    }

    /// The row of `entry`.
    init(_ entry: AuditEntry) {
        userName = entry.user
        at = entry.at.description
        requestId = entry.requestId
        remoteAddress = entry.remoteAddress
        action = entry.action
        parcelId = entry.parcelId
        entrySeq = entry.entrySeq
        beforeVersion = entry.before.version
        beforeStatus = entry.before.status.rawValue
        beforeSince = entry.before.since?.description
        afterVersion = entry.after.version
        afterStatus = entry.after.status.rawValue
        afterSince = entry.after.since?.description
    }

    /// The entry.
    func entry() throws -> AuditEntry {
        func state(_ version: Int, _ status: String, _ since: String?) throws -> ParcelClearanceState {
            guard let s = ClearanceStatus(rawValue: status) else {
                throw StoreError(.database, table: Self.databaseTableName, message: "audit row \(fid ?? 0): unknown status '\(status)'")
            }
            return ParcelClearanceState(version: version, status: s, since: try since.map { try LocalDate(iso: $0) })
        }
        return AuditEntry(user: userName, at: try RecordedTime.parse(at), requestId: requestId ?? "", remoteAddress: remoteAddress ?? "",
                          action: action, parcelId: parcelId, entrySeq: entrySeq,
                          before: try state(beforeVersion, beforeStatus, beforeSince), after: try state(afterVersion, afterStatus, afterSince))
    }
}
