import ArgumentParser
import Foundation
import Planner
import PlannerPresentation
import PlannerStore

/// The `--store` option every command that reads or writes a store shares.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: "The planning store (a GeoPackage file).")
    var store: String = "parkplan.gpkg"

    /// Opens the store and loads every layer, showing progress on a terminal.
    func load(_ progress: ProgressLine = .shared) throws -> PlanningData {
        try load(Set(PlanningLayer.allCases), progress)
    }

    /// Opens the store and loads only `layers` (the others stay empty).
    func load(_ layers: Set<PlanningLayer>, _ progress: ProgressLine = .shared) throws -> PlanningData {
        progress.step("loading \(store)")
        let data = try open().load(layers)
        progress.step("computing")
        return data
    }

    /// Opens the store, saying how to create one when it is missing.
    func open() throws -> PlanningStore {
        guard FileManager.default.fileExists(atPath: store) else {
            throw CLIError("no store at \(store); create one by importing data, e.g. `parkplan import parks geodata/parks.geojson --store \(store)`")
        }
        ExportSink.protectedPaths.append(store)
        return try PlanningStore.open(at: store)
    }
}
