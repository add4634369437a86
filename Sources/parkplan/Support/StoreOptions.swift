import ArgumentParser
import Foundation
import PlannerStore

/// The `--store` option every command that reads or writes a store shares.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: "The planning store (a GeoPackage file).")
    var store: String = "parkplan.gpkg"

    /// Opens the store, saying how to create one when it is missing.
    func open() throws -> PlanningStore {
        guard FileManager.default.fileExists(atPath: store) else {
            throw CLIError("no store at \(store); create one by importing data, e.g. `parkplan import parks geodata/parks.geojson --store \(store)`")
        }
        return try PlanningStore.open(at: store)
    }
}
