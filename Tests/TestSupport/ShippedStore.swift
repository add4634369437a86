import Foundation
import Planner
import PlannerApp
import PlannerStore

/// A store built from the shipped data (`geodata/`) once per test process, in process
/// (no CLI), in the order the product imports it. Tests that only read share ``path``;
/// tests that write take a ``copy()``.
public enum ShippedStore {
    /// The shared store's path (built on first use; never written by tests).
    public static var path: String {
        get throws { try built.get() }
    }

    /// A private copy of the shared store in a fresh folder: (folder, store path).
    public static func copy() throws -> (folder: URL, store: String) {
        let folder = try Scratch.folder("parkplan-store")
        let store = folder.appendingPathComponent("shipped.gpkg").path
        try FileManager.default.copyItem(atPath: try path, toPath: store)
        return (folder, store)
    }

    /// Opens the shared store for reading through the composition root.
    public static func open() throws -> any PlanningStorage {
        try PlanningStores.open(at: try path)
    }

    private static let built: Result<String, any Error> = Result(catching: {
        let store = try Scratch.folder("parkplan-shipped").appendingPathComponent("shipped.gpkg").path
        try PlanningStore.creating(at: store) { created in
            _ = try ShippedData.importAll(from: Repository.root.appendingPathComponent("geodata").path, into: created)
        }
        return store
    })
}
