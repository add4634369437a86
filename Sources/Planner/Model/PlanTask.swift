/// One task row of a city plan's task table (the appendix "PHỤ LỤC").
public struct PlanTask: Hashable, Sendable {
    /// The part of the table the row is in ("A", "B", a roman numeral), `nil` when the table has none.
    public var part: String?
    /// The row's number as written ("10.1", or "1" in part A).
    public var number: String
    /// The heading of the numbered group the row belongs to ("Đảm bảo cấp điện…"), when any.
    public var groupTitle: String?
    /// What is to be done (tags stripped, NFC).
    public var content: String
    /// The lead agency (cơ quan chủ trì).
    public var leadAgency: String
    /// The partner agencies (cơ quan phối hợp), as written.
    public var partnerAgencies: String
    /// The period (thời gian thực hiện).
    public var period: TaskPeriod
    /// The funding (kinh phí), as written.
    public var funding: String
    /// The kind of work (power, water, telecom, clearance, other).
    public var section: TaskSection
    /// Ids of the parks the content names.
    public var parkIds: [String]

    /// Creates a task.
    public init(part: String?, number: String, groupTitle: String?, content: String, leadAgency: String,
                partnerAgencies: String, period: TaskPeriod, funding: String, section: TaskSection, parkIds: [String]) {
        self.part = part
        self.number = number
        self.groupTitle = groupTitle
        self.content = content
        self.leadAgency = leadAgency
        self.partnerAgencies = partnerAgencies
        self.period = period
        self.funding = funding
        self.section = section
        self.parkIds = parkIds
    }

    /// The number qualified by its part, unique in the table: "B.10.1", "A.1".
    public var reference: String { part.map { "\($0).\(number)" } ?? number }
}
