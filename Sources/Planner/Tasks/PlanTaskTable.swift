/// What the parser read from a plan's task table.
public struct PlanTaskTable: Hashable, Sendable {
    /// A part of the table ("A  Công tác thông tin, tuyên truyền").
    public struct Part: Hashable, Sendable {
        /// "A", "B", "II".
        public var label: String
        /// The part's title.
        public var title: String
    }

    /// A numbered heading row with no agency (e.g. "10  Đảm bảo cấp điện…").
    public struct Group: Hashable, Sendable {
        /// The part it is in, when the table has parts.
        public var part: String?
        /// "10".
        public var number: String
        /// The heading text.
        public var title: String
        /// The kind of work the heading names.
        public var section: TaskSection
    }

    /// The parts, in table order.
    public var parts: [Part]
    /// The group headings, in table order.
    public var groups: [Group]
    /// The task rows (numbered rows with an agency, period or funding), in table order.
    public var tasks: [PlanTask]
    /// Rows that could not be read, and other oddities.
    public var problems: [TaskTableProblem]

    /// The task with this reference ("B.10.1") or, when unique, this number ("10.1").
    public func task(_ reference: String) -> PlanTask? {
        if let t = tasks.first(where: { $0.reference == reference }) { return t }
        let byNumber = tasks.filter { $0.number == reference }
        return byNumber.count == 1 ? byNumber[0] : nil
    }
}
