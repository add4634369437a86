import ArgumentParser
import Foundation
import Planner
import PlannerApp
import PlannerPresentation

/// The `--store` option every command that reads or writes a store shares.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: "The planning store (a GeoPackage file, or postgresql://user@host:port/db).")
    var store: String = "parkplan.gpkg"

    /// Opens the store (through the composition root), saying how to create one when it is
    /// missing, and protects it from being overwritten by `-o` or `--gpkg`; shows progress
    /// on a terminal.
    func open(_ progress: ProgressLine = .shared, asRecorded: RecordedTime? = nil) throws -> any PlanningStorage {
        guard PlanningStores.isDatabase(store) || FileManager.default.fileExists(atPath: store) else {
            throw CLIError("no store at \(store); create one by importing data, e.g. `parkplan import parks geodata/parks.geojson --store \(store)`")
        }
        ExportSink.protectedPaths.append(store)
        progress.step("loading \(PlanningStores.describe(store))")
        return try PlanningStores.open(at: store, asRecorded: asRecorded)
    }

    /// Opens the store for its users and audit log, as ``open(_:asRecorded:)`` does.
    func openAccess() throws -> any AccessStorage & PlanningReading {
        guard PlanningStores.isDatabase(store) || FileManager.default.fileExists(atPath: store) else {
            throw CLIError("no store at \(store); create one by importing data, e.g. `parkplan import parks geodata/parks.geojson --store \(store)`")
        }
        return try PlanningStores.openAccess(at: store)
    }
}
