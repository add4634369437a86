import Foundation
import GRDB

/// Brings a planning store's schema to this release's version with
/// ``StoreMigrations/shipped`` (or, in tests, a longer list).
///
/// - A new store is built by GRDB's `DatabaseMigrator` (``databaseMigrator(path:)``): it
///   runs every migration in the temporary file that becomes the store only once complete.
/// - An existing store of an older `schema_version` is first copied beside itself to
///   `NAME.vN.bak.gpkg` (N: its version; `NAME.vN.bak-2.gpkg`… when taken), then every
///   pending migration runs in ONE transaction (``upgrade(_:)``): GRDB's migrator commits
///   each migration on its own and cannot run inside a transaction (it begins its own),
///   so a failing second step would leave it half-migrated. Migrations applied are
///   recorded in GRDB's `grdb_migrations` table all the same; a store made before they
///   were recorded (no `grdb_migrations`) adopts those up to its version without running
///   them. When a migration throws, nothing is written and the backup is removed.
/// - A store at this release's version is opened without any write.
struct StoreMigrator: Sendable {
    /// The migrations, oldest first.
    let migrations: [StoreMigration]

    /// A migrator over `migrations` (at least one).
    init(_ migrations: [StoreMigration] = StoreMigrations.shipped) {
        precondition(!migrations.isEmpty, "a store has at least one migration")
        self.migrations = migrations
    }

    /// The `schema_version` this release writes and reads up to.
    var latestVersion: Int { migrations.last!.schemaVersion }

    /// GRDB's migrator over the same list, for a store at `path` (named in errors).
    func databaseMigrator(path: String) -> DatabaseMigrator {
        var migrator = DatabaseMigrator()
        for step in migrations {
            migrator.registerMigration(step.identifier) { db in try step.migrate(GeoPackageTransaction(db: db, path: path)) }
        }
        return migrator
    }

    /// Builds the whole schema in a new GeoPackage.
    func install(_ gpkg: GeoPackage) throws {
        try StoreError.converting(path: gpkg.path) { try databaseMigrator(path: gpkg.path).migrate(gpkg.queue) }
    }

    /// The store's `planner_info.schema_version`.
    /// - Throws: ``StoreError`` (`.schema`) when it is missing or not a positive number.
    func schemaVersion(_ db: Database, path: String) throws -> Int {
        let text = try String.fetchOne(db, sql: "SELECT value FROM planner_info WHERE key = 'schema_version'")
        guard let text, let version = Int(text), version >= 1 else {
            throw StoreError(.schema, path: path, table: "planner_info",
                             message: "the store's schema_version is \(text.map { "\"\($0)\"" } ?? "missing"), expected a number from 1 to \(latestVersion)")
        }
        return version
    }

    /// Refuses a store written by a newer release; true when it needs ``upgrade(_:)``.
    /// Reads only.
    /// - Throws: ``StoreError`` (`.schema`) naming both versions for a newer store, and as
    ///   ``schemaVersion(_:path:)``.
    func needsUpgrade(_ gpkg: GeoPackage) throws -> Bool {
        let version = try gpkg.read { try schemaVersion($0.db, path: gpkg.path) }
        guard version <= latestVersion else {
            throw StoreError(.schema, path: gpkg.path, table: "planner_info",
                             message: "the store has schema version \(version), written by a newer ParkPlanner; this release reads versions up to \(latestVersion). The store was left untouched: open it with a newer parkplan")
        }
        return version < latestVersion
    }

    /// Backs the store up and applies every pending migration in one transaction (see the
    /// type's summary); `nil` when another process migrated it meanwhile.
    /// - Throws: ``StoreError`` (`.schema`) saying which migration failed and why; the
    ///   store is then byte for byte as before and no backup is left.
    func upgrade(_ gpkg: GeoPackage) throws -> SchemaUpgrade? {
        try gpkg.write { tx in
            let db = tx.db
            // Read under the write lock: no other process can change the file meanwhile,
            // so the copy below is the store as it is.
            let version = try schemaVersion(db, path: gpkg.path)
            guard version < latestVersion else { return nil }
            let backup = try Self.backUp(gpkg.path, version: version)
            var current = "adopting"
            do {
                try db.execute(sql: "PRAGMA defer_foreign_keys = ON")
                try db.execute(sql: "CREATE TABLE IF NOT EXISTS grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY)")
                let applied = try databaseMigrator(path: gpkg.path).appliedIdentifiers(db)
                for step in migrations where !applied.contains(step.identifier) {
                    current = step.identifier
                    if step.schemaVersion > version { try step.migrate(tx) }
                    try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES (?)", arguments: [step.identifier])
                }
                current = "check"
                let reached = try schemaVersion(db, path: gpkg.path)
                guard reached == latestVersion else {
                    throw StoreError(.schema, message: "the migrations left schema_version at \(reached), expected \(latestVersion)")
                }
            } catch {
                try? FileManager.default.removeItem(atPath: backup)
                let reason = (error as? StoreError)?.message ?? (error as? DatabaseError)?.message ?? "\(error)"
                throw StoreError(.schema, path: gpkg.path,
                                 message: "cannot migrate the store from schema version \(version) to \(latestVersion): migration \(current) failed: \(reason). The store was left untouched")
            }
            return SchemaUpgrade(fromVersion: version, toVersion: latestVersion, backupPath: backup)
        }
    }

    /// Copies the file at `path` to `NAME.vN.bak.gpkg` beside it (a numbered name when
    /// taken); returns the copy's path.
    static func backUp(_ path: String, version: Int) throws -> String {
        let url = URL(fileURLWithPath: path)
        let stem = url.pathExtension.lowercased() == "gpkg" ? url.deletingPathExtension().lastPathComponent : url.lastPathComponent
        let folder = url.deletingLastPathComponent()
        var k = 1
        while true {
            let name = "\(stem).v\(version).bak\(k == 1 ? "" : "-\(k)").gpkg"
            let backup = folder.appendingPathComponent(name).path
            if !FileManager.default.fileExists(atPath: backup) {
                do { try FileManager.default.copyItem(atPath: path, toPath: backup) } catch {
                    throw StoreError(.file, path: path, message: "cannot back the store up to \(backup) before migrating it: \(error.localizedDescription); the store was left untouched")
                }
                return backup
            }
            k += 1
        }
    }
}
