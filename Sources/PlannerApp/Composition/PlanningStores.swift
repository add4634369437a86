import Planner
import PlannerPostGIS
import PlannerStore

/// The composition root: the one place a front turns a store's location into the
/// storage the use cases read and write (the way Hummingbird's template builds the
/// application apart from the command). A location is a GeoPackage file, or a PostGIS
/// database when it is a `postgresql://` URL (the one place the scheme is told apart); no
/// use case knows which.
public enum PlanningStores {
    /// Whether `location` names a PostGIS database (`postgresql://…`) rather than a file.
    public static func isDatabase(_ location: String) -> Bool {
        PostGISLocation.isDatabaseURL(location)
    }

    /// `location` as shown in messages: a URL without its password, a path as it is.
    public static func describe(_ location: String) -> String {
        isDatabase(location) ? PostGISLocation.redacted(location) : location
    }

    /// Opens the existing store at `path` (a GeoPackage, or a PostGIS URL; geometry in EPSG:9210).
    /// - Throws: `StoreError` or `PostGISError` when it cannot be opened or was written by a newer release.
    public static func open(at path: String) throws -> any PlanningStorage {
        if isDatabase(path) { return try PostGISStore.open(try PostGISLocation(path)) }
        return try PlanningStore.open(at: path)
    }

    /// Opens the existing store at `path`, its clearance answers read as the record stood
    /// at `asRecorded` (`nil`: now), before any correction recorded since.
    public static func open(at path: String, asRecorded: RecordedTime?) throws -> any PlanningStorage {
        if isDatabase(path) { return try PostGISStore.open(try PostGISLocation(path), asRecorded: asRecorded) }
        return try PlanningStore.open(at: path).asRecorded(asRecorded)
    }

    /// Opens the existing store at `path` for its users and audit log (`users`, `audit`).
    /// - Throws: as ``open(at:)``.
    public static func openAccess(at path: String) throws -> any AccessStorage & PlanningReading {
        if isDatabase(path) { return try PostGISStore.open(try PostGISLocation(path)) }
        return try PlanningStore.open(at: path)
    }

    /// Connections a served PostGIS store keeps for reads, and for writes.
    static let servedConnections = (reads: 4, writes: 4)

    /// Opens the existing store at `path` once, for a front that serves many requests: a
    /// GeoPackage in WAL mode on a pool of readers and one writer, a PostGIS store on a few
    /// connections for reads and a few for writes (each write one transaction under the
    /// parcel's row lock, so several servers may share the database).
    /// - Throws: as ``open(at:)``.
    public static func openShared(at path: String) throws -> SharedStore {
        if isDatabase(path) {
            let location = try PostGISLocation(path)
            let readers = try StorePool(count: servedConnections.reads) { try PostGISStore.open(location) }
            let writers = try StorePool(count: servedConnections.writes) { try PostGISStore.open(location) }
            return try SharedStore(path: describe(path), reader: { readers.take().asRecorded($0) }, writer: { writers.take() }, close: {})
        }
        let store = try PlanningStore.openShared(at: path)
        return try SharedStore(path: path, reader: { store.asRecorded($0) }, writer: { store }, close: {
            try store.close()
            try PlanningStores.leaveShared(at: store.path)
        })
    }

    /// Opens (creating if missing) the PostGIS store at `url`, for a copy into it.
    public static func createDatabase(at url: String) throws -> PostGISStore {
        try PostGISStore.create(try PostGISLocation(url))
    }

    /// Copies the record `source` holds into the store at `location` (``RecordCopying``):
    /// a PostGIS database is created if missing; a GeoPackage file that does not exist yet is
    /// built whole beside its path and renamed into place, so a process killed half-way
    /// leaves no file; an existing one is opened and must hold no record.
    /// - Throws: `StoreError` or `PostGISError` (a target holding a record: `.conflict`).
    public static func copy(_ source: any PlanningReading, into location: String) throws -> StoreCopyReport {
        if isDatabase(location) { return try createDatabase(at: location).copy(from: source) }
        return try PlanningStore.withStore(at: location) { try $0.copy(from: source) }
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
