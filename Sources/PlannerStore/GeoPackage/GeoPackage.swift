import Foundation
import GRDB

/// A GeoPackage 1.4 file (OGC 12-128r18) opened for reading and writing: the SQLite
/// container ParkPlanner stores its layers in, readable by QGIS and GDAL.
///
/// Opened by ``open(at:)``: one serial connection (GRDB `DatabaseQueue`) in SQLite's
/// default rollback-journal mode, so a process killed mid-write leaves the file as it was
/// before the transaction. Opened by ``openShared(at:)`` (the server): a GRDB
/// `DatabasePool` in WAL mode, one writer and concurrent readers that never wait for it
/// (see there). The first write of each opened file is preceded by `PRAGMA quick_check`
/// (``IntactCheck``): a damaged file is never written into. Every connection gets the `ST_*` functions the R-tree triggers call.
/// Thread-safe: writes are serialised, reads run on a snapshot.
public final class GeoPackage: Sendable {
    /// The file's path.
    public let path: String
    let queue: any DatabaseWriter
    /// Refuses the first write into a damaged file.
    let intact = IntactCheck()

    private init(path: String, queue: any DatabaseWriter) {
        self.path = path
        self.queue = queue
    }

    /// Creates a new GeoPackage: sets `application_id` 'GPKG' and `user_version` 10300,
    /// creates the core metadata tables and inserts ``SpatialReference/defaults``
    /// (EPSG:4326, -1, 0 and EPSG:9210).
    /// - Throws: ``StoreError`` (`.file`) when the file already exists or cannot be created.
    public static func create(at path: String) throws -> GeoPackage {
        guard !FileManager.default.fileExists(atPath: path) else {
            throw StoreError(.file, path: path, message: "cannot create a GeoPackage: the file already exists")
        }
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration())
            try queue.write { db in
                try db.execute(sql: "PRAGMA application_id = \(CoreSchema.applicationID)")
                try db.execute(sql: "PRAGMA user_version = \(CoreSchema.userVersion)")
                for sql in CoreSchema.statements { try db.execute(sql: sql) }
                for srs in SpatialReference.defaults { try srs.insert(db) }
            }
            return GeoPackage(path: path, queue: queue)
        } catch {
            try? FileManager.default.removeItem(atPath: path)
            throw StoreError.wrap(error, path: path)
        }
    }

    /// Opens an existing GeoPackage for reading and writing.
    /// - Throws: ``StoreError`` (`.file`) when the file is missing, is not SQLite, or lacks
    ///   the GeoPackage `application_id` or core tables.
    public static func open(at path: String) throws -> GeoPackage {
        guard FileManager.default.fileExists(atPath: path) else {
            throw StoreError(.file, path: path, message: "no such file")
        }
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration())
            try queue.read { db in try checkIsGeoPackage(db, path: path) }
            return GeoPackage(path: path, queue: queue)
        } catch {
            throw StoreError.wrap(error, path: path)
        }
    }

    /// Opens an existing GeoPackage for many concurrent readers and one writer at a time
    /// (the server): a GRDB `DatabasePool`, which puts the file in SQLite's WAL mode, so
    /// a read never waits for a write and sees every write committed before it began.
    /// WAL is kept in the file until ``leaveShared(at:)``; GDAL and QGIS open a WAL
    /// GeoPackage as any other (they need the `-wal` and `-shm` files beside it while it
    /// is served: copy the store only when the server is stopped). A process killed
    /// mid-write leaves the last committed state (the WAL is replayed on next open).
    /// - Throws: as ``open(at:)``.
    public static func openShared(at path: String) throws -> GeoPackage {
        guard FileManager.default.fileExists(atPath: path) else {
            throw StoreError(.file, path: path, message: "no such file")
        }
        do {
            var config = configuration()
            config.maximumReaderCount = 8
            let pool = try DatabasePool(path: path, configuration: config)
            try pool.read { db in try checkIsGeoPackage(db, path: path) }
            return GeoPackage(path: path, queue: pool)
        } catch {
            throw StoreError.wrap(error, path: path)
        }
    }

    /// Puts the file at `path` back in the rollback-journal mode every other ParkPlanner
    /// command writes (after the server stopped and closed it), folding the WAL into it.
    public static func leaveShared(at path: String) throws {
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration())
            _ = try queue.writeWithoutTransaction { db in try String.fetchOne(db, sql: "PRAGMA journal_mode = DELETE") }
            try queue.close()
        } catch {
            throw StoreError.wrap(error, path: path)
        }
    }

    /// Closes the connection; the GeoPackage must not be used afterwards.
    public func close() throws { try queue.close() }

    /// SQLite's page cache of a connection between writes (negative: KiB), 2 MiB, SQLite's
    /// default. A read scans a layer once: every page it reads into a larger cache is
    /// memory newly taken from the system (at 100 000 parcels, `clearance --by district`
    /// peaked at 195 MB with the write cache against 96 MB with this one).
    static let readCacheSize = -2_000

    /// SQLite's page cache during a write transaction (negative: KiB), 256 MiB: bulk writes
    /// into a million-row layer's indexes (parcel ids, ledger keys, the R-tree, unit shares)
    /// otherwise re-read and re-write the same pages over and over. Memory is only taken
    /// as pages are used, and given back when the write ends (``write(_:)``).
    static let writeCacheSize = -262_144

    /// How long a connection waits for another process's write to finish, in seconds.
    public static let busyTimeout: TimeInterval = 30

    private static func configuration() -> Configuration {
        var config = Configuration()
        config.foreignKeysEnabled = true
        // Several processes may use one store: a connection that finds the file locked by
        // another's write waits (up to `busyTimeout`) instead of failing at once. Writes
        // begin IMMEDIATE (GRDB's default), so two writers never deadlock on an upgrade.
        config.busyMode = .timeout(busyTimeout)
        config.prepareDatabase { db in
            GeometryFunctions.register(on: db)
            try db.execute(sql: "PRAGMA cache_size = \(readCacheSize)")
        }
        return config
    }

    private static func checkIsGeoPackage(_ db: Database, path: String) throws {
        let id = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
        // 'GPKG' (1.2+), 'GP10' and 'GP11' (1.0, 1.1).
        guard [CoreSchema.applicationID, 0x4750_3130, 0x4750_3131].contains(id) else {
            throw StoreError(.file, path: path,
                message: "not a GeoPackage: application_id is \(id), expected 1196444487 ('GPKG')")
        }
        for table in CoreSchema.requiredTables where try !db.tableExists(table) {
            throw StoreError(.file, path: path, message: "not a GeoPackage: table \(table) is missing")
        }
    }
}
