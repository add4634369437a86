import ArgumentParser
import Planner
import PlannerPresentation
import PlannerStore

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
        guard minArea.isFinite, minArea >= 0 else { throw ValidationError("--min-area must be a finite number of m² ≥ 0") }
    }

    func run() throws {
        try reportingFailures {
            // Overlaps need ids and geometries only: read just those, not the whole store.
            let progress = ProgressLine.shared
            progress.step("loading \(storeOptions.store)")
            let store = try storeOptions.open()
            let levels = try store.unitLevels()
            let codes = landUse.map { Set($0.split(separator: ",").map { LandUseCode(rawValue: $0.trimmingCharacters(in: .whitespaces).uppercased()) }) }
            let a = try Self.layer(layer, store, levels, codes)
            let b = try against.map { try Self.layer($0, store, levels, codes) }
            progress.step("computing")
            let query = OverlapQuery(minAreaM2: minArea)
            let findings = try b.map { try query.between(a, $0) } ?? query.within(a)
            let result = ResultTable.overlaps(findings, minAreaM2: minArea, asOf: .today)
            let total = findings.reduce(0) { $0 + $1.areaM2 }
            try outputOptions.emit(result, tableColumns: ["a", "b", "layer_a", "layer_b", "area_m2", "area_ha", "share_a", "share_b"],
                                   footer: "\(findings.count) overlaps, \(NumberText.format(total / 10_000, as: .areaHa)) ha in all")
        }
    }

    static func layer(_ name: String, _ store: PlanningStore, _ levels: [UnitLevel], _ codes: Set<LandUseCode>?) throws -> OverlapLayer {
        switch name {
        case "parks": return try store.shapes(of: .parks)
        case "parcels": return try store.shapes(of: .parcels)
        case "zones": return try store.shapes(of: .zones, landUses: codes)
        case let n where n.hasPrefix("units:"):
            let level = UnitLevel(rawValue: String(n.dropFirst(6)))
            guard levels.contains(level) else {
                throw CLIError("no units of level '\(level)'; the store has: \(levels.map(\.rawValue).joined(separator: ", "))")
            }
            return try store.shapes(of: .units, level: level)
        default:
            throw CLIError("unknown layer '\(name)'; use parks, parcels, zones or units:LEVEL (\(levels.map { "units:\($0)" }.joined(separator: ", ")))")
        }
    }
}
