import GRDB
import Planner

/// A row of `plan_tasks`: one row of a city plan's task table.
struct PlanTaskRecord: Codable, FetchableRecord, PersistableRecord, GeoPackageRecord {
    static let databaseTableName = "plan_tasks"
    var fid: Int64?
    var reference: String
    var part: String?
    var number: String
    var groupTitle: String?
    var content: String
    var leadAgency: String?
    var partnerAgencies: String?
    var period: String?
    /// Calendar years.
    var periodFrom: Int?
    var periodTo: Int?
    var funding: String?
    var section: String
    /// The plan (file) the row came from.
    var source: String?

    enum CodingKeys: String, CodingKey {
        case fid, reference, part, number, groupTitle = "group_title", content, leadAgency = "lead_agency"
        case partnerAgencies = "partner_agencies", period, periodFrom = "period_from", periodTo = "period_to"
        case funding, section, source
    }

    enum Columns {
        static let fid = Column(CodingKeys.fid)
        static let reference = Column(CodingKeys.reference)
    }

    /// The row of `task`, from plan `source`.
    init(_ task: PlanTask, source: String) {
        reference = task.reference
        part = task.part
        number = task.number
        groupTitle = task.groupTitle
        content = task.content
        leadAgency = task.leadAgency
        partnerAgencies = task.partnerAgencies
        period = task.period.text
        periodFrom = task.period.fromYear
        periodTo = task.period.toYear
        funding = task.funding
        section = task.section.rawValue
        self.source = source
    }

    /// The task, naming `parkIds`.
    /// - Throws: ``StoreError`` naming the row for an unknown section.
    func task(parkIds: [String]) throws -> PlanTask {
        guard let section = TaskSection(rawValue: section) else {
            throw StoreError(.schema, table: Self.databaseTableName, message: "row fid \(fid ?? 0) lacks number, content or section")
        }
        return PlanTask(part: part, number: number, groupTitle: groupTitle, content: content, leadAgency: leadAgency ?? "",
                        partnerAgencies: partnerAgencies ?? "", period: TaskPeriod(period ?? ""), funding: funding ?? "",
                        section: section, parkIds: parkIds)
    }
}
