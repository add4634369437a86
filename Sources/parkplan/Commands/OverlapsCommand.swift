import ArgumentParser
import Planner
import PlannerApp
import PlannerPresentation

/// `parkplan overlaps`: where layers overlap, within one layer or between two.
struct OverlapsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "overlaps",
        abstract: "Overlaps within a layer or between two layers, with areas in m² and ha.",
        discussion: """
            LAYER is parks, parcels, zones, or units:LEVEL (e.g. units:district). Touching along
            an edge is not an overlap; containment is. Areas are planar in EPSG:9210.
            """)

    @Option(help: "The layer checked: parks, parcels, zones or units:LEVEL.")
    var layer: String

    @Option(help: "A second layer to check against (default: the layer against itself).")
    var against: String?

    @Option(help: "Keep only zones with these land-use codes (comma-separated, e.g. LUC,RPH,RDD).")
    var landUse: String?

    @Option(help: "Drop overlaps smaller than this (m²).")
    var minArea: Double = 0

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var outputOptions: OutputOptions

    func validate() throws {
        do { _ = try OptionText.minArea(minArea) } catch { throw ValidationError("\(error.option) \(error.reason)") }
    }

    func run() throws {
        try reportingFailures {
            let codes = landUse.map(OptionText.landUses)
            let report = OverlapsReport(layer: layer, against: against, landUses: codes, minAreaM2: minArea)
            let answer = try report.run(storeOptions.open())
            let total = answer.result.reduce(0) { $0 + $1.areaM2 }
            try outputOptions.emit(answer.table, tableColumns: ["a", "b", "layer_a", "layer_b", "area_m2", "area_ha", "share_a", "share_b"],
                                   footer: "\(answer.result.count) overlaps, \(NumberText.format(total / 10_000, as: .areaHa)) ha in all")
        }
    }
}
