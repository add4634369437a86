import ArgumentParser
import Planner

/// The `parkplan` command: a thin shell over the Planner and PlannerStore libraries.
@main
struct ParkPlan: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parkplan",
        abstract: "Site clearance and utility coverage planner for Hai Phong's industrial parks.",
        version: PlannerVersion.string,
        subcommands: [
            DemoCommand.self, ImportCommand.self, LayersCommand.self, ParksCommand.self, ClearanceCommand.self,
            OverlapsCommand.self, ParcelGapsCommand.self, GapsCommand.self, UtilityPlansCommand.self, TasksCommand.self,
            ExportCommand.self,
            ReportCommand.self, MapCommand.self, ServeCommand.self, UsersCommand.self, AuditCommand.self,
            StoreCommand.self,
        ])
}
