import GRDB
import Planner

/// A row of `infrastructure` (any geometry, EPSG:9210): one power, water or telecom work.
struct InfrastructureRecord: Codable, FetchableRecord, PersistableRecord, GeoPackageRecord {
    static let databaseTableName = "infrastructure"
    var fid: Int64?
    var geom: GeoPackageGeometry?
    var workId: String
    var utility: String
    var status: String
    /// "YYYY-MM-DD".
    var operationalFrom: String?
    /// Metres.
    var serviceRadiusM: Double?
    var parkId: String?
    var taskNumber: String?
    var name: String?
    var attributes: String?

    enum CodingKeys: String, CodingKey {
        case fid, geom, workId = "work_id", utility, status, operationalFrom = "operational_from"
        case serviceRadiusM = "service_radius_m", parkId = "park_id", taskNumber = "task_number", name, attributes
    }

    enum Columns {
        static let workId = Column(CodingKeys.workId)
    }

    var geometryValue: GeoPackageGeometry? { geom }

    /// The row of `work` (geometry as given: point, line or polygon).
    init(_ work: InfrastructureWork) {
        geom = GeoPackageGeometry(work.footprint, srsID: PlanningSchema.workingSRS)
        workId = work.id
        utility = work.utility.rawValue
        status = work.status.rawValue
        operationalFrom = work.operationalFrom?.description
        serviceRadiusM = work.serviceRadiusM
        parkId = work.parkId
        taskNumber = work.taskNumber
        name = work.attributes["name"]?.stringValue
        attributes = AttributesJSON.encode(work.attributes)
    }

    /// The work.
    /// - Throws: ``StoreError`` naming the row for an unknown utility or status, a bad blob or bad JSON.
    func work() throws -> InfrastructureWork {
        try StoreError.inRow(Self.databaseTableName, fid) {
            guard let utility = Utility(rawValue: utility), let status = WorkStatus(rawValue: status) else {
                throw StoreError(.schema, message: "lacks work_id, utility or status")
            }
            return InfrastructureWork(id: workId, utility: utility, status: status, operationalFrom: StoredDay.parse(operationalFrom),
                                      footprint: try geom?.geometry() ?? .empty, serviceRadiusM: serviceRadiusM,
                                      parkId: parkId, taskNumber: taskNumber, attributes: try AttributesJSON.decode(attributes))
        }
    }
}
