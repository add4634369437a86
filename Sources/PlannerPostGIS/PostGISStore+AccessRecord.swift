import Planner

/// The PostGIS store's users (with their token hashes) and audit log, read whole.
extension PostGISStore: AccessRecordReading {
    public func usersWithTokenHashes() throws -> [(user: ServiceUser, tokenHash: String)] {
        try connection.session("reading service_users") { db in try Self.users(db) }
    }

    public func auditLog() throws -> [AuditEntry] {
        try connection.session("reading audit_log") { db in
            try db.rows("SELECT \(StoredAccessRows.auditColumnsSQL) FROM audit_log ORDER BY fid", as: StoredAccessRows.AuditRow.self)
                .map(StoredAccessRows.auditEntry)
        }
    }

    /// Copies `source`'s users and audit log into this store's tables, inside the copy's
    /// transaction; `report` gets the rows written.
    static func copyAccess(from source: any AccessRecordReading, _ db: PostGISSession,
                           into report: inout [(table: String, count: Int)]) throws {
        let users = try source.usersWithTokenHashes()
        try insertUsers(users, db)
        report.append(("service_users", users.count))
        let audit = try source.auditLog()
        try db.insert("audit_log", StoredAccessRows.auditColumns, audit.map(StoredAccessRows.auditValues))
        report.append(("audit_log", audit.count))
    }
}
