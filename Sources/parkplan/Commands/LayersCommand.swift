import ArgumentParser
import Planner
import PlannerApp
import PlannerPresentation

/// `parkplan layers`: what the store holds.
struct LayersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "layers", abstract: "List the store's layers with their feature counts.")

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var outputOptions: OutputOptions

    func run() throws {
        try reportingFailures {
            let answer = try LayerList().run(storeOptions.open())
            guard outputOptions.format == .table, outputOptions.output == nil, outputOptions.gpkg == nil else { return try outputOptions.emit(answer.table) }
            // The terminal listing stays as it was (counts ungrouped, as ogrinfo prints them).
            var table = TextTable(headers: ["layer", "table", "features"], rightAligned: [2])
            for layer in answer.result.layers { table.rows.append([layer.layer, layer.table, String(layer.features)]) }
            Terminal.say(table.render())
            let levels = answer.result.unitLevels.map(\.rawValue)
            if !levels.isEmpty { Terminal.say("unit levels: \(levels.joined(separator: ", "))") }
        }
    }
}
