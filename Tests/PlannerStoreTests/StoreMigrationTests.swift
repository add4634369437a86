import Foundation
import GRDB
import Testing
@testable import PlannerStore

/// Opening a store of an older schema: backed up, then migrated in one transaction; a
/// failing migration leaves it byte for byte as it was. There is no v2 yet: these tests
/// append one of their own to the shipped list.
@Suite struct StoreMigrationTests {
    /// A copy of the store written by commit e09783e (schema version 1, no grdb_migrations).
    private func oldStore() throws -> TemporaryGeoPackage {
        let tmp = try TemporaryGeoPackage("store.gpkg")
        try FileManager.default.copyItem(at: PackagePaths.fixture("store-e09783e.gpkg"), to: URL(fileURLWithPath: tmp.path))
        return tmp
    }

    private func bytes(_ path: String) throws -> Data { try Data(contentsOf: URL(fileURLWithPath: path)) }

    private func query<T: Sendable>(_ path: String, _ body: @Sendable (Database) throws -> T) throws -> T {
        let queue = try DatabaseQueue(path: path)
        defer { try? queue.close() }
        return try queue.read(body)
    }

    /// The version after the last shipped one, for the tests' own migrations.
    static let next = StoreVersion.schema + 1

    /// A migration after the shipped ones, for the tests: a column added to parks, version bumped.
    static let addNote = StoreMigration(identifier: "test-next", schemaVersion: next) { tx in
        try tx.db.execute(sql: "ALTER TABLE parks ADD COLUMN note TEXT")
        try tx.db.execute(sql: "UPDATE planner_info SET value = '\(next)' WHERE key = 'schema_version'")
    }

    @Test func aNewStoreRecordsV1AsGRDBsMigratorSeesIt() throws {
        let tmp = try TemporaryGeoPackage()
        _ = try PlanningStore.create(at: tmp.path)
        let path = tmp.path
        let (ids, complete) = try query(path) { db in
            (try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations"),
             try StoreMigrator().databaseMigrator(path: path).hasCompletedMigrations(db))
        }
        #expect(ids == StoreMigrations.shipped.map(\.identifier))
        #expect(complete)
        #expect(try query(tmp.path) { try String.fetchOne($0, sql: "SELECT value FROM planner_info WHERE key = 'schema_version'") } == String(StoreVersion.schema))
    }

    @Test func anOlderStoreIsBackedUpThenMigratedAdoptingV1() throws {
        let tmp = try oldStore()
        let original = try bytes(tmp.path)
        let migrator = StoreMigrator(StoreMigrations.shipped + [Self.addNote])
        let store = try PlanningStore.open(at: tmp.path, migrator: migrator)
        let backup = tmp.directory.appendingPathComponent("store.v1.bak.gpkg").path
        #expect(store.upgrade == SchemaUpgrade(fromVersion: 1, toVersion: Self.next, backupPath: backup))
        #expect(store.upgrade?.description.contains("store.v1.bak.gpkg") == true)
        #expect(try bytes(backup) == original)
        #expect(try store.parks().count == 11)
        try store.geoPackage.close()
        let (version, ids, columns) = try query(tmp.path) { db in
            (try String.fetchOne(db, sql: "SELECT value FROM planner_info WHERE key = 'schema_version'"),
             try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY identifier"),
             try db.columns(in: "parks").map(\.name))
        }
        #expect(version == String(Self.next))
        #expect(ids == (StoreMigrations.shipped.map(\.identifier) + ["test-next"]).sorted())
        #expect(columns.contains("note"))
        // Opened again at its version: nothing written; this release refuses it as newer.
        let migrated = try bytes(tmp.path)
        let again = try PlanningStore.open(at: tmp.path, migrator: migrator)
        #expect(again.upgrade == nil)
        _ = try again.parks()
        #expect(try bytes(tmp.path) == migrated)
        #expect(throws: StoreError.self) { _ = try PlanningStore.open(at: tmp.path) }
    }

    @Test func aFailingMigrationLeavesTheStoreByteIdenticalAndSaysWhy() throws {
        let tmp = try oldStore()
        let original = try bytes(tmp.path)
        let failing = StoreMigration(identifier: "test-next", schemaVersion: Self.next) { tx in
            try tx.db.execute(sql: "ALTER TABLE parks ADD COLUMN note TEXT")
            try tx.db.execute(sql: "UPDATE parks SET note = 'x'")
            try tx.db.execute(sql: "INSERT INTO no_such_table VALUES (1)")
        }
        let migrator = StoreMigrator(StoreMigrations.shipped + [failing])
        #expect { _ = try PlanningStore.open(at: tmp.path, migrator: migrator) } throws: { error in
            guard let e = error as? StoreError, e.kind == .schema else { return false }
            return e.message.contains("from schema version 1 to \(Self.next)") && e.message.contains("test-next")
                && e.message.contains("no_such_table") && e.message.contains("left untouched")
        }
        #expect(try bytes(tmp.path) == original)
        #expect(!FileManager.default.fileExists(atPath: tmp.directory.appendingPathComponent("store.v1.bak.gpkg").path))
    }

    @Test func aTakenBackupNameIsNotOverwritten() throws {
        let tmp = try oldStore()
        let taken = tmp.directory.appendingPathComponent("store.v1.bak.gpkg")
        try Data("keep".utf8).write(to: taken)
        let store = try PlanningStore.open(at: tmp.path, migrator: StoreMigrator(StoreMigrations.shipped + [Self.addNote]))
        #expect(store.upgrade?.backupPath == tmp.directory.appendingPathComponent("store.v1.bak-2.gpkg").path)
        #expect(try Data(contentsOf: taken) == Data("keep".utf8))
    }
}
