import Planner

/// The rows of `service_users` and `audit_log` as the PostGIS store writes and reads them:
/// the GeoPackage store's columns, moments as `timestamptz` (milliseconds, exactly as
/// recorded), days as `date`.
enum StoredAccessRows {
    static let userColumns: [StoredColumn] = [
        .init("name"), .init("role"), .init("token_sha256"), .init("created_at", StoredValues.timestampSQL("%")),
        .init("revoked_at", StoredValues.timestampSQL("%")),
    ]

    static func userValues(_ u: ServiceUser, tokenHash: String) -> [StoredValue] {
        [.text(u.name), .text(u.role.rawValue), .text(tokenHash), .int64(u.createdAt.milliseconds), .int64(u.revokedAt?.milliseconds)]
    }

    static let userUnitColumns: [StoredColumn] = [.init("user_name"), .init("unit_level"), .init("unit_id")]

    /// The columns ``user(_:units:)`` reads, in order.
    static let userColumnsSQL = """
        name, role, token_sha256, \(StoredValues.millisecondsSQL("created_at")), \(StoredValues.millisecondsSQL("revoked_at"))
        """

    typealias UserRow = (String, String, String, Int64, Int64?)

    /// The user a row holds.
    /// - Throws: ``PostGISError`` for a role this release does not know.
    static func user(_ row: UserRow, units: [UnitReference]) throws -> ServiceUser {
        guard let role = ServiceRole(rawValue: row.1) else { throw PostGISError("service_users: user \(row.0) has an unknown role '\(row.1)'") }
        return ServiceUser(name: row.0, role: role, units: units, createdAt: RecordedTime(milliseconds: row.3),
                           revokedAt: row.4.map { RecordedTime(milliseconds: $0) })
    }

    static let auditColumns: [StoredColumn] = [
        .init("user_name"), .init("at", StoredValues.timestampSQL("%")), .init("request_id"), .init("remote_address"), .init("action"),
        .init("parcel_id"), .init("entry_seq"), .init("before_version"), .init("before_status"), .init("before_since", "%::date"),
        .init("after_version"), .init("after_status"), .init("after_since", "%::date"),
    ]

    static func auditValues(_ e: AuditEntry) -> [StoredValue] {
        [.text(e.user), .int64(e.at.milliseconds), .text(e.requestId), .text(e.remoteAddress), .text(e.action), .text(e.parcelId),
         .int(e.entrySeq), .int(e.before.version), .text(e.before.status.rawValue), .text(e.before.since?.description),
         .int(e.after.version), .text(e.after.status.rawValue), .text(e.after.since?.description)]
    }

    /// The columns ``auditEntry(_:)`` reads, in order.
    static let auditColumnsSQL = """
        user_name, \(StoredValues.millisecondsSQL("at")), request_id, remote_address, action, parcel_id, entry_seq,
        before_version, before_status, to_char(before_since, 'YYYY-MM-DD'), after_version, after_status, to_char(after_since, 'YYYY-MM-DD')
        """

    typealias AuditRow = (String, Int64, String?, String?, String, String, Int, Int, String, String?, Int, String, String?)

    /// The entry a row holds.
    /// - Throws: ``PostGISError`` for a status this release does not know.
    static func auditEntry(_ row: AuditRow) throws -> AuditEntry {
        let (user, at, request, remote, action, parcel, seq, bv, bs, bsince, av, as_, asince) = row
        func state(_ version: Int, _ status: String, _ since: String?) throws -> ParcelClearanceState {
            guard let s = ClearanceStatus(rawValue: status) else { throw PostGISError("audit_log: parcel \(parcel) entry \(seq): unknown status '\(status)'") }
            return ParcelClearanceState(version: version, status: s, since: try StoredValues.day(since))
        }
        return AuditEntry(user: user, at: RecordedTime(milliseconds: at), requestId: request ?? "", remoteAddress: remote ?? "",
                          action: action, parcelId: parcel, entrySeq: seq, before: try state(bv, bs, bsince), after: try state(av, as_, asince))
    }
}
