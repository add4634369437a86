import ArgumentParser
import PlannerStore

/// `parkplan layers`: what the store holds.
struct LayersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "layers", abstract: "List the store's layers with their feature counts.")

    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        try reportingFailures {
            let store = try storeOptions.open()
            let counts = try store.counts()
            var table = TextTable(headers: ["layer", "table", "features"], rightAligned: [2])
            for layer in PlanningLayer.allCases { table.rows.append([layer.rawValue, layer.table, String(counts[layer] ?? 0)]) }
            print(table.render())
            let levels = try store.unitLevels().map(\.rawValue)
            if !levels.isEmpty { print("unit levels: \(levels.joined(separator: ", "))") }
        }
    }
}
