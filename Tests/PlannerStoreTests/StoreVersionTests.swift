import Foundation
import GRDB
import Testing
import Planner
@testable import PlannerStore

@Test func storeSchemaVersionIsPositive() {
    #expect(StoreVersion.schema >= 1)
}

@Suite struct StoreSchemaVersionTests {
    /// A new store with its `schema_version` set to `version` behind the store's back.
    private func store(withVersion version: String) throws -> TemporaryGeoPackage {
        let tmp = try TemporaryGeoPackage()
        _ = try PlanningStore.create(at: tmp.path)
        let queue = try DatabaseQueue(path: tmp.path)
        try queue.write { db in
            try db.execute(sql: "UPDATE planner_info SET value = ? WHERE key = 'schema_version'", arguments: [version])
        }
        try queue.close()
        return tmp
    }

    @Test func aNewStoreOpensAtTheCurrentVersion() throws {
        let tmp = try store(withVersion: String(StoreVersion.schema))
        #expect(throws: Never.self) { _ = try PlanningStore.open(at: tmp.path) }
    }

    @Test func aStoreFromANewerReleaseIsRefusedNamingBothVersionsAndLeftUntouched() throws {
        let newer = StoreVersion.schema + 98
        let tmp = try store(withVersion: String(newer))
        let before = try Data(contentsOf: URL(fileURLWithPath: tmp.path))
        #expect { _ = try PlanningStore.open(at: tmp.path) } throws: { error in
            guard let e = error as? StoreError, e.kind == .schema else { return false }
            return e.message.contains("schema version \(newer)") && e.message.contains("up to \(StoreVersion.schema)")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: tmp.path)) == before)
    }

    @Test func aStoreWithAnUnreadableVersionIsRefused() throws {
        let tmp = try store(withVersion: "one")
        #expect { _ = try PlanningStore.open(at: tmp.path) } throws: { error in
            (error as? StoreError)?.message.contains("\"one\"") == true
        }
    }
}

/// A store of schema 1 (written by commit e09783e) is backed up, migrated to the ledger
/// schema, and answers the same; once migrated, opening and answering write nothing.
@Test func aStoreWrittenByCommitE09783eIsMigratedToTheLedgerAndAnswersTheSame() throws {
    let tmp = try TemporaryGeoPackage()
    try FileManager.default.copyItem(at: PackagePaths.fixture("store-e09783e.gpkg"), to: URL(fileURLWithPath: tmp.path))
    let original = try Data(contentsOf: URL(fileURLWithPath: tmp.path))
    let migrated = try PlanningStore.open(at: tmp.path)
    let backup = tmp.path.replacingOccurrences(of: ".gpkg", with: ".v1.bak.gpkg")
    #expect(migrated.upgrade == SchemaUpgrade(fromVersion: 1, toVersion: StoreVersion.schema, backupPath: backup))
    #expect(try Data(contentsOf: URL(fileURLWithPath: backup)) == original)
    try migrated.geoPackage.close()
    let before = try Data(contentsOf: URL(fileURLWithPath: tmp.path))
    let store = try PlanningStore.open(at: tmp.path)
    let counts = try store.counts()
    #expect(counts[.parks] == 11)
    #expect(counts[.units] == 14)
    #expect(counts[.parcels] == 0)
    #expect(try store.parks().map(\.id).sorted().first == "an-hoa")
    #expect(store.upgrade == nil)
    // Every reader, then the bytes: opening and answering wrote nothing.
    #expect(try store.units().count == 14)
    #expect(try store.unitLevels() == [.district])
    #expect(try store.parcels().isEmpty && store.zones().isEmpty && store.works().isEmpty && store.tasks().isEmpty)
    #expect(try store.clearanceRecords(asOf: try #require(LocalDate(year: 2026, month: 1, day: 1)), level: .district).isEmpty)
    #expect(try store.shapes(of: .parks).features.count == 11)
    #expect(try Data(contentsOf: URL(fileURLWithPath: tmp.path)) == before)
}
