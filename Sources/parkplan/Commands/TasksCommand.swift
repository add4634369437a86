import ArgumentParser
import Planner
import PlannerApp

/// `parkplan tasks`: the plan tasks, by section, with the parks they name.
struct TasksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tasks", abstract: "Plan tasks with their section and the parks they name.")

    @Option(help: "Only this section: power, water, telecom, clearance or other.")
    var section: TaskSection?

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var outputOptions: OutputOptions

    func run() throws {
        try reportingFailures {
            let answer = try TaskList(section: section).run(storeOptions.open())
            try outputOptions.emit(answer.table, tableColumns: ["reference", "section", "lead_agency", "period", "parks"])
        }
    }
}
