import ArgumentParser
import Planner
import PlannerApp
import PlannerPresentation

/// `parkplan clearance corrections --as-of DAY --reported-at MOMENT`: the parcels whose
/// status on DAY reads differently now from what the record said at MOMENT.
struct ClearanceCorrectionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "corrections",
        abstract: "Parcels whose status on a day was corrected since a report: as reported then vs as corrected since.")

    @OptionGroup var asOfOption: AsOfOption

    @Option(name: .customLong("reported-at"),
            help: ArgumentHelp("When the report was made: YYYY-MM-DD (end of that day, Vietnam time) or YYYY-MM-DDTHH:MM[:SS][Z|±HH:MM].",
                               valueName: "moment"),
            transform: RecordedTime.argument)
    var reportedAt: RecordedTime

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var outputOptions: OutputOptions

    func run() throws {
        try reportingFailures {
            let now = try storeOptions.open()
            let then = try storeOptions.open(asRecorded: reportedAt)
            let asOf = asOfOption.date
            let list = try RecordCorrections(asOf: asOf, reportedAt: reportedAt).run(then: then, now: now)
            try outputOptions.emit(.corrections(list, asOf: asOf, reportedAt: reportedAt),
                                   footer: "\(list.count) parcel(s) corrected since \(reportedAt)")
        }
    }
}
