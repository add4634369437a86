import ArgumentParser
import Planner
import PlannerApp

/// `parkplan utility-plans`: parks with no plan or work for a utility, and works planned
/// on land not yet handed over.
struct UtilityPlansCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "utility-plans",
        abstract: "Parks with no plan task or work for a utility; works planned on uncleared land.")

    @OptionGroup var asOf: AsOfOption
    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var recorded: AsRecordedOption
    @OptionGroup var outputOptions: OutputOptions

    func run() throws {
        try reportingFailures {
            let answer = try UtilityPlansReport(asOf: asOf.date).run(storeOptions.open(asRecorded: recorded.moment))
            let report = answer.result
            try outputOptions.emit(answer.table,
                                   tableColumns: ["kind", "park", "utility", "work", "status", "operational_from", "parcels"],
                                   footer: "\(report.missing.count) missing plans, \(report.conflicts.count) scheduling conflicts as of \(asOf.date)")
        }
    }
}
