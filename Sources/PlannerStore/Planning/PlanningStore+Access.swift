import Foundation
import GRDB
import Planner

/// The served record's users and audit log (schema 3), and the ledger writes that are
/// checked against the parcel's version and audited in the same transaction as the entry.
extension PlanningStore: AccessStorage {
    public func addUser(_ user: ServiceUser, tokenHash: String) throws {
        try geoPackage.write { tx in
            let db = tx.db
            guard try ServiceUserRecord.filter(ServiceUserRecord.Columns.name == user.name).fetchCount(db) == 0 else {
                throw StoreError(.conflict, path: tx.path, table: ServiceUserRecord.databaseTableName,
                                 message: "a user named \"\(user.name)\" exists; revoke it or choose another name; nothing was written")
            }
            try ServiceUserRecord(user, tokenHash: tokenHash).insert(db)
            for unit in user.units { try ServiceUserUnitRecord(user: user.name, unit).insert(db) }
        }
    }

    public func users() throws -> [ServiceUser] {
        try geoPackage.read { reader in
            let db = reader.db
            let units = Dictionary(grouping: try ServiceUserUnitRecord.order(ServiceUserUnitRecord.Columns.fid).fetchAll(db), by: \.userName)
            return try ServiceUserRecord.order(ServiceUserRecord.Columns.fid).fetchAll(db).map { row in
                try row.user(units: units[row.name]?.map(\.unit) ?? [])
            }
        }
    }

    public func revokeUser(name: String) throws -> ServiceUser {
        try geoPackage.write { tx in
            let db = tx.db
            guard var row = try ServiceUserRecord.filter(ServiceUserRecord.Columns.name == name).fetchOne(db) else {
                throw StoreError(.conflict, path: tx.path, table: ServiceUserRecord.databaseTableName,
                                 message: "no user named \"\(name)\"; `parkplan users list` lists them; nothing was written")
            }
            if row.revokedAt == nil {
                row.revokedAt = RecordedTime.now.description
                try row.update(db)
            }
            return try row.user(units: try Self.units(of: name, db))
        }
    }

    public func user(tokenHash: String) throws -> ServiceUser? {
        try geoPackage.read { reader in
            guard let row = try ServiceUserRecord.filter(ServiceUserRecord.Columns.tokenSHA256 == tokenHash).fetchOne(reader.db) else { return nil }
            return try row.user(units: try Self.units(of: row.name, reader.db))
        }
    }

    public func auditEntries(limit: Int) throws -> [AuditEntry] {
        try geoPackage.read { reader in
            try AuditRecord.order(AuditRecord.Columns.fid.desc).limit(limit).fetchAll(reader.db).map { try $0.entry() }
        }
    }

    public func unitShares(parcelId: String) throws -> [UnitShare] {
        typealias Share = UnitShareRecord<ParcelShares>
        return try geoPackage.read { reader in
            _ = try Self.ledger(parcelId, reader.db, path: path)
            var names = NamePool()
            return try Share.filter(Share.Columns.ownerId == parcelId).order(Share.Columns.fid).fetchAll(reader.db).map { $0.unitShare(&names) }
        }
    }

    public func recordClearance(parcelId: String, _ event: ClearanceEvent, reason: String?, expectedVersion: Int, audit: AuditSource) throws
        -> (outcome: ClearanceChangeRules.Outcome, ledger: ClearanceLedger) {
        try geoPackage.write { tx in
            let ledger = try Self.ledger(parcelId, tx.db, path: tx.path)
            guard ledger.version == expectedVersion else { throw LedgerVersionConflict(expected: expectedVersion, current: ledger) }
            let outcome = try ClearanceChangeRules.check(event, reason: reason, against: ledger, today: .today, now: .now)
            guard case .record(let entry) = outcome else { return (outcome, ledger) }
            try tx.insert([ClearanceEventRecord(entry, parcelId: parcelId)])
            let after = ledger.appending(entry)
            try Self.audit(audit, action: "status_change", entry: entry, before: ledger, after: after, tx.db)
            return (outcome, after)
        }
    }

    public func voidClearance(parcelId: String, seq: Int, reason: String?, expectedVersion: Int, audit: AuditSource) throws
        -> (void: LedgerEntry, ledger: ClearanceLedger) {
        try geoPackage.write { tx in
            let ledger = try Self.ledger(parcelId, tx.db, path: tx.path)
            guard ledger.version == expectedVersion else { throw LedgerVersionConflict(expected: expectedVersion, current: ledger) }
            let entry = try ClearanceChangeRules.checkVoid(seq: seq, reason: reason, by: audit.user, against: ledger, now: .now)
            try tx.insert([ClearanceEventRecord(entry, parcelId: parcelId)])
            let after = ledger.appending(entry)
            try Self.audit(audit, action: "void", entry: entry, before: ledger, after: after, tx.db)
            return (entry, after)
        }
    }

    private static func audit(_ source: AuditSource, action: String, entry: LedgerEntry, before: ClearanceLedger, after: ClearanceLedger,
                              _ db: Database) throws {
        try AuditRecord(AuditEntry(source, action: action, entry: entry, before: before, after: after)).insert(db)
    }

    private static func units(of user: String, _ db: Database) throws -> [UnitReference] {
        try ServiceUserUnitRecord.filter(ServiceUserUnitRecord.Columns.userName == user)
            .order(ServiceUserUnitRecord.Columns.fid).fetchAll(db).map(\.unit)
    }
}
