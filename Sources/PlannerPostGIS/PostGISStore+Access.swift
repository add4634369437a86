import Planner
import PostgresNIO

/// The served record's users and audit log on PostGIS (tables `service_users`,
/// `service_user_units`, `audit_log`, the GeoPackage store's names and columns), and the
/// ledger writes checked against the parcel's version and audited.
///
/// No lost or duplicated update: a version-checked write runs in one transaction that
/// first takes the parcel's row lock (`SELECT … FROM parcels … FOR UPDATE`), then reads the
/// ledger, compares its version with the one the writer read (``LedgerVersionConflict``,
/// nothing written, when another write came first), appends the entry and the audit row,
/// and commits. A second writer of the same parcel, from this process or another instance
/// on the same database, waits for the lock and then sees the first one's entry, so its
/// stale version is refused; `UNIQUE (parcel_id, seq)` refuses a duplicate seq in any case.
/// The audit log refuses UPDATE, DELETE and TRUNCATE by trigger (schema 1). Readers never
/// wait (MVCC).
extension PostGISStore: AccessStorage {
    public func addUser(_ user: ServiceUser, tokenHash: String) throws {
        try connection.transaction("adding user \(user.name)") { db in
            var binds = PostgresBindings()
            binds.append(user.name)
            guard try db.rows("SELECT count(*) FROM service_users WHERE name = $1", binds, as: Int.self).first == 0 else {
                throw PostGISError("a user named \"\(user.name)\" exists; revoke it or choose another name; nothing was written")
            }
            try Self.insertUsers([(user, tokenHash)], db)
        }
    }

    public func users() throws -> [ServiceUser] {
        try connection.session("reading service_users") { db in try Self.users(db).map { $0.user } }
    }

    public func revokeUser(name: String) throws -> ServiceUser {
        try connection.transaction("revoking user \(name)") { db in
            var binds = PostgresBindings()
            binds.append(name)
            guard try db.rows("SELECT fid FROM service_users WHERE name = $1 FOR UPDATE", binds, as: Int64.self).count == 1 else {
                throw NotStored("no user named \"\(name)\"; `parkplan users list` lists them; nothing was written")
            }
            binds.append(RecordedTime.now.milliseconds)
            try db.execute("UPDATE service_users SET revoked_at = \(StoredValues.timestampSQL("$2")) WHERE name = $1 AND revoked_at IS NULL",
                           binds)
            binds = PostgresBindings()
            binds.append(name)
            return try Self.users(db, where: "name = $1", binds)[0].user
        }
    }

    public func user(tokenHash: String) throws -> ServiceUser? {
        try connection.session("signing in") { db in
            var binds = PostgresBindings()
            binds.append(tokenHash)
            return try Self.users(db, where: "token_sha256 = $1", binds).first?.user
        }
    }

    public func auditEntries(limit: Int) throws -> [AuditEntry] {
        try connection.session("reading audit_log") { db in
            var binds = PostgresBindings()
            binds.append(max(0, limit))
            return try db.rows("SELECT \(StoredAccessRows.auditColumnsSQL) FROM audit_log ORDER BY fid DESC LIMIT $1", binds,
                               as: StoredAccessRows.AuditRow.self).map(StoredAccessRows.auditEntry)
        }
    }

    public func unitShares(parcelId: String) throws -> [UnitShare] {
        try connection.session("reading the unit shares of \(parcelId)") { db in
            var binds = PostgresBindings()
            binds.append(parcelId)
            guard try db.rows("SELECT fid FROM parcels WHERE parcel_id = $1", binds, as: Int64.self).count == 1 else {
                throw NotStored("no parcel with id \"\(parcelId)\"")
            }
            return try db.rows("""
                SELECT unit_level, unit_id, unit_name, area_m2, share FROM parcel_units WHERE owner_id = $1 ORDER BY fid
                """, binds, as: (String, String, String?, Double?, Double?).self).map { level, unit, name, area, share in
                UnitShare(unitId: unit, unitName: name ?? unit, level: UnitLevel(rawValue: level), areaM2: area ?? 0, share: share ?? 0)
            }
        }
    }

    public func recordClearance(parcelId: String, _ event: ClearanceEvent, reason: String?, expectedVersion: Int, audit: AuditSource) throws
        -> (outcome: ClearanceChangeRules.Outcome, ledger: ClearanceLedger) {
        try connection.transaction("recording clearance of \(parcelId)") { db in
            let ledger = try Self.ledger(parcelId, lock: true, db)
            guard ledger.version == expectedVersion else { throw LedgerVersionConflict(expected: expectedVersion, current: ledger) }
            let outcome = try ClearanceChangeRules.check(event, reason: reason, against: ledger, today: .today, now: .now)
            guard case .record(let entry) = outcome else { return (outcome, ledger) }
            let after = try Self.append(entry, to: ledger, audit: audit, action: "status_change", db)
            return (outcome, after)
        }
    }

    public func voidClearance(parcelId: String, seq: Int, reason: String?, expectedVersion: Int, audit: AuditSource) throws
        -> (void: LedgerEntry, ledger: ClearanceLedger) {
        try connection.transaction("voiding entry \(seq) of \(parcelId)") { db in
            let ledger = try Self.ledger(parcelId, lock: true, db)
            guard ledger.version == expectedVersion else { throw LedgerVersionConflict(expected: expectedVersion, current: ledger) }
            let entry = try ClearanceChangeRules.checkVoid(seq: seq, reason: reason, by: audit.user, against: ledger, now: .now)
            return (entry, try Self.append(entry, to: ledger, audit: audit, action: "void", db))
        }
    }

    /// Appends `entry` and its audit row (inside the caller's transaction, under the parcel's lock).
    private static func append(_ entry: LedgerEntry, to ledger: ClearanceLedger, audit: AuditSource, action: String,
                               _ db: PostGISSession) throws -> ClearanceLedger {
        try db.insert("clearance_events", StoredLedgerRows.insertColumns, [StoredLedgerRows.binds(entry, parcelId: ledger.parcelId)])
        let after = ledger.appending(entry)
        let row = AuditEntry(audit, action: action, entry: entry, before: ledger, after: after)
        try db.insert("audit_log", StoredAccessRows.auditColumns, [StoredAccessRows.auditValues(row)])
        return after
    }

    /// The users (with their token hashes) matching `condition`, in the order added.
    static func users(_ db: PostGISSession, where condition: String = "true", _ binds: PostgresBindings = PostgresBindings()) throws
        -> [(user: ServiceUser, tokenHash: String)] {
        let rows = try db.rows("SELECT \(StoredAccessRows.userColumnsSQL) FROM service_users WHERE \(condition) ORDER BY fid", binds,
                               as: StoredAccessRows.UserRow.self)
        guard !rows.isEmpty else { return [] }
        var units: [String: [UnitReference]] = [:]
        var names = PostgresBindings()
        names.append(rows.map { $0.0 })
        for (user, level, id) in try db.rows("""
            SELECT user_name, unit_level, unit_id FROM service_user_units WHERE user_name = ANY($1) ORDER BY fid
            """, names, as: (String, String, String).self) {
            units[user, default: []].append(UnitReference(level: UnitLevel(rawValue: level), id: id))
        }
        return try rows.map { row in (user: try StoredAccessRows.user(row, units: units[row.0] ?? []), tokenHash: row.2) }
    }

    /// Inserts users and their units (inside the caller's transaction).
    static func insertUsers(_ users: [(user: ServiceUser, tokenHash: String)], _ db: PostGISSession) throws {
        try db.insert("service_users", StoredAccessRows.userColumns, users.map { StoredAccessRows.userValues($0.user, tokenHash: $0.tokenHash) })
        try db.insert("service_user_units", StoredAccessRows.userUnitColumns, users.flatMap { u in
            u.user.units.map { [.text(u.user.name), .text($0.level.rawValue), .text($0.id)] }
        })
    }
}
