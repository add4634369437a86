import ArgumentParser
import Planner
import PlannerApp

/// `parkplan tasks`: the plan tasks, by section, with the parks they name.
struct TasksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tasks", abstract: "Plan tasks with their section and the parks they name.")

    @Option(help: "Only this section: power, water, telecom, clearance or other.")
    var section: String?

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var outputOptions: OutputOptions

    func validate() throws {
        if let section {
            do { _ = try OptionText.section(section) } catch { throw ValidationError(error.reason) }
        }
    }

    func run() throws {
        try reportingFailures {
            let answer = try TaskList(section: section.flatMap(TaskSection.init(rawValue:))).run(storeOptions.open())
            try outputOptions.emit(answer.table, tableColumns: ["reference", "section", "lead_agency", "period", "parks"])
        }
    }
}
