import GRDB

/// A row of `task_parks`: one park a plan task names.
struct TaskParkRecord: Codable, FetchableRecord, PersistableRecord, GeoPackageRecord {
    static let databaseTableName = "task_parks"
    var fid: Int64?
    var reference: String
    var parkId: String

    enum CodingKeys: String, CodingKey { case fid, reference, parkId = "park_id" }

    enum Columns {
        static let fid = Column(CodingKeys.fid)
    }

    /// The link of task `reference` to park `parkId`.
    init(reference: String, parkId: String) {
        self.reference = reference
        self.parkId = parkId
    }
}
