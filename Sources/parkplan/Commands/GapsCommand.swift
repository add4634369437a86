import ArgumentParser
import Planner
import PlannerApp

/// `parkplan gaps`: park land no power, water or telecom service reaches.
struct GapsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gaps",
        abstract: "Coverage gaps: park (or cleared) land no utility service reaches, as of a date.")

    @Option(help: "power, water, telecom or all.")
    var utility: String = "all"

    @Option(help: "Only these parks (id or name; repeatable).")
    var park: [String] = []

    @OptionGroup var asOf: AsOfOption

    @Flag(help: "Count works planned to serve by the date, not only those operational.")
    var planned = false

    @Flag(help: "Only the park's land handed over by the date.")
    var clearedOnly = false

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var recorded: AsRecordedOption
    @OptionGroup var outputOptions: OutputOptions

    func validate() throws {
        do { _ = try OptionText.utilities(utility) } catch { throw ValidationError(error.reason) }
    }

    func run() throws {
        try reportingFailures {
            let utilities = try OptionText.utilities(utility)
            let report = CoverageGapsReport(asOf: asOf.date, planned: planned, clearedOnly: clearedOnly, parks: park, utilities: utilities)
            try outputOptions.emit(report.run(storeOptions.open(asRecorded: recorded.moment)).table,
                                   tableColumns: ["park", "utility", "park_m2", "covered_m2", "gap_m2", "gap_ha", "gap_share"],
                                   footer: "as of \(asOf.date)\(planned ? ", counting planned works" : "")\(clearedOnly ? ", handed-over land only" : "")")
        }
    }
}
