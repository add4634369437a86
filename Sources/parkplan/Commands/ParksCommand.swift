import ArgumentParser
import Planner
import PlannerApp

/// `parkplan parks`: the park summary and plan-policy figures.
struct ParksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parks",
        abstract: "Parks: approved vs mapped area, cleared and leased shares, investment per hectare.")

    @OptionGroup var asOf: AsOfOption
    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var recorded: AsRecordedOption
    @OptionGroup var outputOptions: OutputOptions

    func run() throws {
        try reportingFailures {
            try outputOptions.emit(ParkSummaryReport(asOf: asOf.date).run(storeOptions.open(asRecorded: recorded.moment)).table,
                                   tableColumns: ["park", "name", "approved_ha", "mapped_ha", "parcels", "cleared_percent",
                                                  "occupancy_percent", "investment_per_ha_usd", "reserved_share_percent",
                                                  "cleared_double_counted_m2", "includes_parks"],
                                   footer: "as of \(asOf.date); investment target 13 000 000 USD/ha (Plan 656); "
                                       + "a zone counts the parcels of the parks nested in it (includes_parks); "
                                       + "double_counted_m2, cleared_double_counted_m2: area counted twice where parcels overlap")
        }
    }
}
