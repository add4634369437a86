import ArgumentParser
import Planner
import PlannerApp

/// `parkplan utility-plans`: parks with no plan or work for a utility, parcels handed over
/// after their work is due in service, and works planned on land not yet handed over.
struct UtilityPlansCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "utility-plans",
        abstract: "Parks with no plan task or work for a utility; land handed over after its work is due; works on uncleared land.")

    @OptionGroup var asOf: AsOfOption
    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var recorded: AsRecordedOption
    @OptionGroup var outputOptions: OutputOptions

    func run() throws {
        try reportingFailures {
            let answer = try UtilityPlansReport(asOf: asOf.date).run(storeOptions.open(asRecorded: recorded.moment))
            let report = answer.result
            try outputOptions.emit(answer.table,
                                   tableColumns: ["kind", "park", "utility", "work", "task", "operational_from", "parcels", "handover", "delay_days"],
                                   footer: "\(report.missing.count) missing plans, \(report.delays.count) parcels handed over after their work is due, "
                                       + "\(report.conflicts.count) works on uncleared land, as of \(asOf.date)")
        }
    }
}
