import GRDB
import Planner

/// The GeoPackage store's users (with their token hashes) and audit log, read whole for a
/// copy into another store (`parkplan store copy`).
extension PlanningStore: AccessRecordReading {
    public func usersWithTokenHashes() throws -> [(user: ServiceUser, tokenHash: String)] {
        try geoPackage.read { reader in
            let db = reader.db
            let units = Dictionary(grouping: try ServiceUserUnitRecord.order(ServiceUserUnitRecord.Columns.fid).fetchAll(db), by: \.userName)
            return try ServiceUserRecord.order(ServiceUserRecord.Columns.fid).fetchAll(db).map { row in
                (user: try row.user(units: units[row.name]?.map(\.unit) ?? []), tokenHash: row.tokenSHA256)
            }
        }
    }

    public func auditLog() throws -> [AuditEntry] {
        try geoPackage.read { reader in
            try AuditRecord.order(AuditRecord.Columns.fid).fetchAll(reader.db).map { try $0.entry() }
        }
    }
}
