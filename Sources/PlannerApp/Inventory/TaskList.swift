import Planner

/// The plan's tasks with their section, the parks they name, and the names of parks or
/// zones in their text that no stored park answers to (``ParkMentions``).
public struct TaskList: Sendable {
    /// Only this section; `nil` for every task.
    public var section: TaskSection?

    /// Creates the list.
    public init(section: TaskSection? = nil) { self.section = section }

    /// The tasks in the store's order, as of the day the store is read.
    /// - Throws: store errors.
    public func run(_ store: any PlanningReading) throws -> Answer<[PlanTask]> {
        let tasks = try store.tasks().filter { section == nil || $0.section == section }
        let mentions = ParkMentions(parks: try store.parks())
        let unmatched = Dictionary(uniqueKeysWithValues: tasks.map { ($0.reference, mentions.find(in: $0.content).unmatched) })
        return Answer(result: tasks, table: .tasks(tasks, asOf: .today, unmatched: unmatched))
    }
}
