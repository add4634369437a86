import ArgumentParser
import Foundation
import Planner
import PlannerApp
import PlannerPresentation

/// `parkplan report`: the quarterly clearance and infrastructure report as one
/// self-contained HTML file (maps, charts and tables).
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write the quarterly report: one self-contained HTML file with maps, progress charts and tables.")

    @Option(help: "Language of the words and numbers: vi or en.")
    var lang: ReportLanguage = .vi

    @Option(help: "The utility whose gaps are hatched on the city map: power, water or telecom.")
    var utility: Utility = .power

    @Option(help: "Group progress by this unit level (default the data's first level).")
    var level: UnitLevel?

    @Option(name: [.short, .long], help: "The HTML file to write.")
    var output: String = "report.html"

    @OptionGroup var asOf: AsOfOption
    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var recorded: AsRecordedOption

    func run() throws {
        try reportingFailures {
            let page = QuarterlyReportPage(asOf: asOf.date, lang: lang, utility: utility,
                                           level: level, asRecorded: recorded.moment)
            let html = try page.html(storeOptions.open(asRecorded: recorded.moment))
            let sink = try ExportSink(path: output)
            sink.write(html)
            try sink.close()
            Terminal.error("wrote \(output) (\(html.utf8.count / 1024) KiB), as of \(asOf.date)")
        }
    }
}
