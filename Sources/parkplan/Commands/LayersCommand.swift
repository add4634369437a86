import ArgumentParser
import Planner
import PlannerPresentation
import PlannerStore

/// `parkplan layers`: what the store holds.
struct LayersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "layers", abstract: "List the store's layers with their feature counts.")

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var outputOptions: OutputOptions

    func run() throws {
        try reportingFailures {
            let store = try storeOptions.open()
            let counts = try store.counts()
            let levels = try store.unitLevels().map(\.rawValue)
            guard outputOptions.format == .table, outputOptions.output == nil else {
                let rows = PlanningLayer.allCases.map { ($0.rawValue, $0.table, counts[$0] ?? 0) }
                return try outputOptions.emit(ResultTable.layers(rows, unitLevels: levels))
            }
            // The terminal listing stays as it was (counts ungrouped, as ogrinfo prints them).
            var table = TextTable(headers: ["layer", "table", "features"], rightAligned: [2])
            for layer in PlanningLayer.allCases { table.rows.append([layer.rawValue, layer.table, String(counts[layer] ?? 0)]) }
            print(table.render())
            if !levels.isEmpty { print("unit levels: \(levels.joined(separator: ", "))") }
        }
    }
}
