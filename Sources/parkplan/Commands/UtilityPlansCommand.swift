import ArgumentParser
import Planner

/// `parkplan utility-plans`: parks with no plan or work for a utility, and works planned
/// on land not yet handed over.
struct UtilityPlansCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "utility-plans",
        abstract: "Parks with no plan task or work for a utility; works planned on uncleared land.")

    @OptionGroup var asOf: AsOfOption
    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var outputOptions: OutputOptions

    func run() throws {
        try reportingFailures {
            let data = try storeOptions.load()
            let report = try UtilityPlanningCheck(asOf: asOf.date).run(data)
            try outputOptions.emit(.utilityPlans(report, asOf: asOf.date),
                                   tableColumns: ["kind", "park", "utility", "work", "status", "operational_from", "parcels"],
                                   footer: "\(report.missing.count) missing plans, \(report.conflicts.count) scheduling conflicts as of \(asOf.date)")
        }
    }
}
