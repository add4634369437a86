import GRDB
import Planner

/// A row of `service_users` (schema 3): a user of the served record and its token's hash.
struct ServiceUserRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "service_users"
    var fid: Int64?
    var name: String
    var role: String
    /// SHA-256 of the token, lower-case hex.
    var tokenSHA256: String
    /// UTC "YYYY-MM-DDTHH:MM:SS.SSSZ".
    var createdAt: String
    var revokedAt: String?

    enum CodingKeys: String, CodingKey {
        case fid, name, role, tokenSHA256 = "token_sha256", createdAt = "created_at", revokedAt = "revoked_at"
    }

    enum Columns {
        static let fid = Column(CodingKeys.fid)
        static let name = Column(CodingKeys.name)
        static let tokenSHA256 = Column(CodingKeys.tokenSHA256)
        static let revokedAt = Column(CodingKeys.revokedAt)
    }

    /// The row of `user`.
    init(_ user: ServiceUser, tokenHash: String) {
        name = user.name
        role = user.role.rawValue
        tokenSHA256 = tokenHash
        createdAt = user.createdAt.description
        revokedAt = user.revokedAt?.description
    }

    /// The user, with its units.
    func user(units: [UnitReference]) throws -> ServiceUser {
        guard let role = ServiceRole(rawValue: role) else {
            throw StoreError(.database, table: Self.databaseTableName, message: "user \(name) has an unknown role '\(role)'")
        }
        return ServiceUser(name: name, role: role, units: units, createdAt: try Self.moment(createdAt),
                           revokedAt: try revokedAt.map(Self.moment))
    }

    private static func moment(_ text: String) throws -> RecordedTime {
        do { return try RecordedTime.parse(text) } catch {
            throw StoreError(.database, table: databaseTableName, message: "bad moment '\(text)': \(error)")
        }
    }
}

/// A row of `service_user_units` (schema 3): one unit of a board user.
struct ServiceUserUnitRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "service_user_units"
    var fid: Int64?
    var userName: String
    var unitLevel: String
    var unitId: String

    enum CodingKeys: String, CodingKey { case fid, userName = "user_name", unitLevel = "unit_level", unitId = "unit_id" }

    enum Columns {
        static let fid = Column(CodingKeys.fid)
        static let userName = Column(CodingKeys.userName)
    }

    init(user: String, _ unit: UnitReference) {
        userName = user
        unitLevel = unit.level.rawValue
        unitId = unit.id
    }

    var unit: UnitReference { UnitReference(level: UnitLevel(rawValue: unitLevel), id: unitId) }
}

