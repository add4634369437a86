import Planner
import PlannerStore

/// The composition root: the one place a front turns a store's location into the
/// storage the use cases read and write (the way Hummingbird's template builds the
/// application apart from the command). Today every location is a GeoPackage file; a
/// PostGIS store would be chosen here, and no use case would change.
public enum PlanningStores {
    /// Opens the existing store at `path` (a GeoPackage, geometry in EPSG:9210).
    /// - Throws: `StoreError` when it cannot be opened or was written by a newer release.
    public static func open(at path: String) throws -> any PlanningStorage {
        try PlanningStore.open(at: path)
    }

    /// Opens the existing store at `path`, its clearance answers read as the record stood
    /// at `asRecorded` (`nil`: now), before any correction recorded since.
    public static func open(at path: String, asRecorded: RecordedTime?) throws -> any PlanningStorage {
        try PlanningStore.open(at: path).asRecorded(asRecorded)
    }

    /// Opens the existing store at `path` for its users and audit log (`users`, `audit`).
    /// - Throws: as ``open(at:)``.
    public static func openAccess(at path: String) throws -> any AccessStorage & PlanningReading {
        try PlanningStore.open(at: path)
    }

    /// Opens the existing store at `path` once, for a front that serves many requests.
    /// - Throws: as ``open(at:)``.
    public static func openShared(at path: String) throws -> SharedStore {
        SharedStore(try PlanningStore.openShared(at: path))
    }

    /// Puts the store at `path` back in the rollback-journal mode after a server closed it.
    public static func leaveShared(at path: String) throws {
        try GeoPackage.leaveShared(at: path)
    }

    /// Creates a new, empty GeoPackage store at `path` (for the demo, which imports into it).
    public static func create(at path: String) throws -> PlanningStore {
        try PlanningStore.create(at: path)
    }
}
