import ArgumentParser
import Planner
import PlannerApp

/// `parkplan parcel-gaps`: land inside a park that no parcel covers (the topology
/// checker's "must not have gaps").
struct ParcelGapsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parcel-gaps",
        abstract: "Holes between parcels that should tile a park (\"must not have gaps\").")

    @Option(help: "\(GapMode.enclosed.rawValue): holes surrounded by parcels; \(GapMode.withinContainer.rawValue): all park land no parcel covers.")
    var mode: String = GapMode.enclosed.rawValue

    @Option(help: "Drop gaps smaller than this (m²); a gap of exactly this area is kept.")
    var minArea: Double = 1

    @Option(help: "Only these parks (id or name; repeatable).")
    var park: [String] = []

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var outputOptions: OutputOptions

    func validate() throws {
        do {
            _ = try OptionText.minArea(minArea)
            _ = try OptionText.gapMode(mode)
        } catch { throw ValidationError(error.parameter == "min_area" ? "\(error.option) \(error.reason)" : error.reason) }
    }

    func run() throws {
        try reportingFailures {
            let answer = try ParcelGapsReport(mode: try OptionText.gapMode(mode), minAreaM2: minArea, parks: park).run(storeOptions.open())
            try outputOptions.emit(answer.table, footer: "\(answer.result.count) gaps of at least \(minArea) m²")
        }
    }
}
