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
                                                  "occupancy_percent", "investment_per_ha_usd", "meets_investment_target",
                                                  "reserved_share_percent", "reserved_share_in_band",
                                                  "cleared_double_counted_m2", "includes_parks"],
                                   footer: "as of \(asOf.date); investment per leased hectare against the 13 000 000 USD/ha target (Plans 278, 656); "
                                       + "clean-land reserve 10–15 % of industrial land (2012 plan); "
                                       + "a zone counts the parcels of the parks nested in it (includes_parks); "
                                       + "double_counted_m2, cleared_double_counted_m2: area counted twice where parcels overlap")
        }
    }
}
