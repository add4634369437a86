import Foundation
import Planner

/// A planning store: one GeoPackage holding every layer of the planner (parks, parcels,
/// administrative units, land-use zones, works, plan tasks) in EPSG:9210, with the
/// clearance history and links as attribute tables.
///
/// Every write is one transaction: it lands whole or not at all, and a process killed
/// half-way leaves the file as it was (SQLite's rollback journal).
public final class PlanningStore: Sendable {
    /// The GeoPackage underneath.
    public let geoPackage: GeoPackage
    /// The file's path.
    public var path: String { geoPackage.path }
    /// What opening did to a store of an older schema (`nil`: nothing, the usual case).
    public let upgrade: SchemaUpgrade?
    /// The moment whose record every clearance answer reads (`nil`: the record as it stands
    /// now): entries recorded after it, and voids recorded after it, are left out
    /// (``ClearanceLedger/history(asRecorded:)``).
    public let asRecorded: RecordedTime?

    private init(_ geoPackage: GeoPackage, upgrade: SchemaUpgrade? = nil, asRecorded: RecordedTime? = nil) {
        self.geoPackage = geoPackage
        self.upgrade = upgrade
        self.asRecorded = asRecorded
    }

    /// The same store read as the record stood at `moment` (`nil`: now): what a report
    /// said when it was made, before later corrections. Writes are not affected.
    public func asRecorded(_ moment: RecordedTime?) -> PlanningStore {
        PlanningStore(geoPackage, upgrade: upgrade, asRecorded: moment)
    }

    /// Creates a new, empty store. The store is built whole in a temporary file in the same
    /// folder and renamed into place once complete, so `path` never holds a partial store.
    /// - Throws: ``StoreError`` (`.file`) when the file exists or cannot be created.
    public static func create(at path: String) throws -> PlanningStore {
        try creating(at: path) { _ in }
        return try open(at: path)
    }

    /// Builds a new store at `path` atomically: creates the complete empty store in a
    /// temporary file `.NAME.creating-UUID` beside `path`, runs `body` on it (e.g. a first
    /// import), then closes it and renames it to `path`. When `body` throws, the temporary
    /// file is removed and no store is left. The store handed to `body` must not be kept.
    /// - Throws: ``StoreError`` (`.file`) when `path` exists or cannot be created; whatever
    ///   `body` throws.
    public static func creating<T>(at path: String, _ body: (PlanningStore) throws -> T) throws -> T {
        guard !FileManager.default.fileExists(atPath: path) else {
            throw StoreError(.file, path: path, message: "cannot create a store: the file already exists")
        }
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).creating-\(UUID().uuidString)").path
        let removeTemporary = {
            for suffix in ["", "-journal"] { try? FileManager.default.removeItem(atPath: temporary + suffix) }
        }
        do {
            let gpkg = try GeoPackage.create(at: temporary)
            let result: T
            do {
                try StoreMigrator().install(gpkg)
                result = try body(PlanningStore(gpkg))
                try gpkg.close()
            } catch {
                try? gpkg.close()
                throw error
            }
            // rename(2) would replace a file another process made meanwhile; link(2) refuses.
            guard link(temporary, path) == 0 else {
                throw StoreError(.file, path: path, message: "cannot create the store: \(String(cString: strerror(errno)))")
            }
            removeTemporary()
            return result
        } catch {
            removeTemporary()
            throw error
        }
    }

    /// Opens the store at `path` and runs `body` on it; when the file does not exist, the
    /// store is created atomically around `body` (see ``creating(at:_:)``).
    public static func withStore<T>(at path: String, _ body: (PlanningStore) throws -> T) throws -> T {
        FileManager.default.fileExists(atPath: path) ? try body(open(at: path)) : try creating(at: path, body)
    }

    /// Opens an existing store, bringing an older schema up to date.
    ///
    /// A store of this release's ``StoreVersion/schema`` is opened without any write. One
    /// of an older version is first copied beside itself to `NAME.vN.bak.gpkg` (N: its
    /// version), then migrated in one transaction (``upgrade`` says so). One written by a
    /// newer release is refused and left untouched.
    /// - Throws: ``StoreError``: `.file` when missing or not a GeoPackage, `.schema` when the
    ///   GeoPackage was not made by ParkPlanner, when its `schema_version` is newer (naming
    ///   both versions) or unreadable, or when a migration fails (the store left untouched).
    public static func open(at path: String) throws -> PlanningStore {
        try open(at: path, migrator: StoreMigrator())
    }

    /// ``open(at:)`` with the migrations of `migrator` (tests add some).
    static func open(at path: String, migrator: StoreMigrator) throws -> PlanningStore {
        let gpkg = try GeoPackage.open(at: path)
        guard try gpkg.contents(of: "planner_info") != nil else {
            throw StoreError(.schema, path: path, message: "this GeoPackage has no ParkPlanner layers; create a store with `parkplan import`")
        }
        let store = try migrator.needsUpgrade(gpkg) ? PlanningStore(gpkg, upgrade: try migrator.upgrade(gpkg)) : PlanningStore(gpkg)
        if migrator.latestVersion >= LedgerSchema.version { try store.refreshMovedParcels() }
        return store
    }

    /// Opens an existing store for a server: brought up to date as ``open(at:)`` does,
    /// then reopened on a ``GeoPackage/openShared(at:)`` pool (WAL: reads never wait for
    /// the one writer). Close it with ``close()`` and hand the file back to the other
    /// commands with ``GeoPackage/leaveShared(at:)``.
    public static func openShared(at path: String) throws -> PlanningStore {
        let store = try open(at: path)
        try store.geoPackage.close()
        return PlanningStore(try GeoPackage.openShared(at: path), upgrade: store.upgrade)
    }

    /// Closes the store's connections; it must not be used afterwards.
    public func close() throws { try geoPackage.close() }

    /// The number of features (rows) in each layer.
    public func counts() throws -> [PlanningLayer: Int] {
        var out: [PlanningLayer: Int] = [:]
        for layer in PlanningLayer.allCases { out[layer] = try geoPackage.count(in: layer.table) }
        return out
    }
}
