import ArgumentParser
import Planner
import PlannerApp
import PlannerPresentation

/// `parkplan clearance progress` (the default of `parkplan clearance`): cleared land per
/// administrative unit and/or park as of a date, and overdue parcels.
struct ClearanceProgressCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "progress",
        abstract: "Clearance progress by unit (district, commune, …) or park, as of a date.")

    @Option(help: "Group by a unit level (district, commune, …), park, or LEVEL+park.")
    var by: ClearanceGrouping = .park

    @Option(help: "Only these parks (id or name; repeatable).")
    var park: [String] = []

    @Flag(help: "List the overdue parcels (planned hand-over passed, not handed over) instead.")
    var overdue = false

    @Flag(help: "Count each square metre once: take the area where parcels overlap off the totals (union of the overlapping parcels).")
    var dedupe = false

    @OptionGroup var asOf: AsOfOption
    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var recorded: AsRecordedOption
    @OptionGroup var outputOptions: OutputOptions

    func run() throws {
        try reportingFailures {
            let store = try storeOptions.open(asRecorded: recorded.moment)
            let report = ClearanceProgressReport(asOf: asOf.date, grouping: by, parks: park, dedupe: dedupe)
            do {
                if overdue {
                    let list = try report.overdue(store)
                    return try outputOptions.emit(list.table, footer: "\(list.result.parcels.count) parcels overdue as of \(asOf.date)")
                }
                let answer = try report.run(store)
                let t = answer.result.totals
                let zones = answer.result.rows.contains { !$0.includesParks.isEmpty }
                try outputOptions.emit(answer.table,
                                       tableColumns: ["unit", "unit_name", "park", "parcels", "households", "total_m2", "cleared_m2", "percent",
                                                      "double_counted_m2", "cleared_double_counted_m2"] + (zones ? ["includes_parks"] : []),
                                       footer: "total: \(NumberText.format(t.areaM2 / 10_000, decimals: 2)) ha, "
                                           + "\(NumberText.format(t.clearedAreaM2 / 10_000, decimals: 2)) ha cleared "
                                           + "(\(NumberText.format(t.percentCleared, decimals: 1)) %) as of \(asOf.date); "
                                           + "\(t.overdueParcels) parcels overdue; "
                                           + (dedupe ? "each m² counted once (\(NumberText.format(t.doubleCountedM2, decimals: 0)) m² of overlaps taken off)"
                                                     : "\(NumberText.format(t.doubleCountedM2, decimals: 0)) m² counted twice where parcels overlap (--dedupe counts it once)")
                                           + (zones ? "; zones include the parcels of the parks nested in them (includes_parks)" : ""))
            } catch let refusal as UnitLevelNotStored {
                // A usage error (exit 64, as argument errors), though only the store can tell.
                Terminal.error("error: --by: no units of level '\(refusal.level)'; group by park or one of: \(refusal.storedNames)")
                throw ExitCode.validationFailure
            }
        }
    }
}
