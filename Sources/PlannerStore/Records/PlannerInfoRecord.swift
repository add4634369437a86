import GRDB

/// A row of `planner_info`: one fact about the store (`schema_version`, `working_crs`).
struct PlannerInfoRecord: Codable, FetchableRecord, PersistableRecord, GeoPackageRecord {
    static let databaseTableName = "planner_info"
    var fid: Int64?
    var key: String
    var value: String?

    enum CodingKeys: String, CodingKey { case fid, key, value }

    enum Columns {
        static let key = Column(CodingKeys.key)
        static let value = Column(CodingKeys.value)
    }

    /// The fact `key` = `value`.
    init(key: String, value: String?) {
        self.key = key
        self.value = value
    }
}
