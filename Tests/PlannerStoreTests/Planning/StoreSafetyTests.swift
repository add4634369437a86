import Foundation
import GRDB
import Testing
import TestSupport
@testable import Planner
@testable import PlannerStore

/// The store refuses what would leave it wrong: a damaged file is not written into, a
/// replaced park layer may not strand the parcels, works and tasks that name its parks,
/// and a task table's problem names its line once.
@Suite struct StoreSafetyTests {
    private func bytes(_ path: String) throws -> Data { try Data(contentsOf: URL(fileURLWithPath: path)) }

    @Test func aReplacedParkLayerThatStrandsParcelsIsRefusedAndNothingChanges() throws {
        let (folder, path) = try ShippedStore.copy()
        let store = try PlanningStore.open(at: path)
        let before = try bytes(path)
        // The shipped parks without Tiên Thanh, whose parcels are stored.
        let parks = try String(contentsOf: Repository.root.appendingPathComponent("geodata/parks.geojson"), encoding: .utf8)
        let all = try ParkImporter().read(contentsOf: Repository.root.appendingPathComponent("geodata/parks.geojson"))
        #expect(all.values.contains { $0.id == "tien-thanh" })
        let kept = all.values.filter { $0.id != "tien-thanh" }
        #expect(!parks.isEmpty)
        do {
            try store.save(parks: kept, mode: .replace)
            Issue.record("a park layer stranding parcels was accepted")
        } catch let error as StoreError {
            #expect(error.kind == .conflict)
            #expect(error.message.contains("parcels name parks the new file does not have: \"tien-thanh\""), "\(error.message)")
            #expect(error.message.contains("nothing was written"))
        }
        #expect(try bytes(path) == before, "the store changed")
        // The whole layer again is fine.
        try store.save(parks: all.values, mode: .replace)
        #expect(try store.parks().count == all.values.count)
        _ = folder
    }

    @Test func aDamagedStoreIsNotWrittenInto() throws {
        let (_, path) = try ShippedStore.copy()
        // Overwrite one page in the middle of the file (a parcels b-tree page, most likely).
        var data = try bytes(path)
        let pageSize = 4096
        let page = data.count / pageSize / 2
        data.replaceSubrange(page * pageSize ..< (page + 1) * pageSize, with: Data(repeating: 0xA5, count: pageSize))
        try data.write(to: URL(fileURLWithPath: path))
        let damaged = try bytes(path)
        do {
            let store = try PlanningStore.open(at: path)
            _ = try store.recordClearance(parcelId: "TT-000016", ClearanceEvent(status: .disputed, date: LocalDate(year: 2025, month: 1, day: 2)!, by: "test"))
            Issue.record("a write into a damaged store was accepted")
        } catch let error as StoreError {
            #expect(error.message.contains("the store is damaged, so nothing was written"), "\(error)")
        }
        #expect(try bytes(path) == damaged, "the damaged store was written into")
    }

    @Test func aTaskTableProblemNamesItsLineOnce() throws {
        let folder = try Scratch.folder("parkplan-tasks")
        let file = folder.appendingPathComponent("bad.tsv")
        try "hello\tworld\n".write(to: file, atomically: true, encoding: .utf8)
        do {
            _ = try TaskTableImporter(parks: []).read(contentsOf: file)
            Issue.record("a table without header was accepted")
        } catch let failure as ImportFailure {
            let text = failure.issues.map(\.description).joined(separator: "\n")
            #expect(text.components(separatedBy: "line 1").count == 2, "\(text)")
            #expect(!text.hasSuffix(": "), "\(text)")
        }
    }
}

/// The check itself, on a store that opens: one damaged page of a table a write does not read.
@Suite struct IntactCheckTests {
    @Test func quickCheckRefusesTheFirstWriteIntoADamagedFile() throws {
        let (_, path) = try ShippedStore.copy()
        let gpkg = try GeoPackage.open(at: path)
        // The root page of the zones table, which opening the store and this write never read.
        let root = try #require(try gpkg.read {
            try Int.fetchOne($0.db, sql: "SELECT rootpage FROM sqlite_master WHERE name = ?", arguments: [PlanningLayer.zones.table])
        })
        try gpkg.close()
        var data = try Data(contentsOf: URL(fileURLWithPath: path))
        let pageSize = 4096
        data.replaceSubrange((root - 1) * pageSize ..< root * pageSize, with: Data(repeating: 0xA5, count: pageSize))
        try data.write(to: URL(fileURLWithPath: path))
        let damaged = try GeoPackage.open(at: path)
        do {
            try damaged.write { tx in try tx.db.execute(sql: "INSERT INTO planner_info (key, value) VALUES ('x', 'y')") }
            Issue.record("a write into a damaged file was accepted")
        } catch let error as StoreError {
            #expect(error.message.contains("PRAGMA quick_check"), "\(error)")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == data)
    }
}

/// A parcel's own `unit` is checked against the units the store holds (every level) and,
/// when known, kept as its one unit; an unknown one refuses the file.
@Suite struct ParcelUnitReferenceStoreTests {
    static func parcel(_ id: String, unit: String) -> String {
        #"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"id":"\#(id)","land_use":"LUC","clearance":"not_started","unit":"\#(unit)"},"#
            + #""geometry":{"type":"Polygon","coordinates":[[[106.68,20.86],[106.681,20.86],[106.681,20.861],[106.68,20.861],[106.68,20.86]]]}}]}"#
    }

    @Test func aStoredUnitIsKeptAndAnUnknownOneRefused() throws {
        let (folder, path) = try ShippedStore.copy()
        let store = try PlanningStore.open(at: path)
        func plainName(_ name: String) -> String {
            name.folding(options: .diacriticInsensitive, locale: nil).replacingOccurrences(of: "đ", with: "d")
                .replacingOccurrences(of: "Đ", with: "D").lowercased()
        }
        // A commune whose name, without diacritics, no other unit has; typed without them.
        let units = try store.units()
        let commune = try #require(units.first { u in
            u.level.rawValue == "commune" && units.filter { plainName($0.name) == plainName(u.name) }.count == 1
        })
        let plain = plainName(commune.name)
        let known = folder.appendingPathComponent("known.geojson")
        try Self.parcel("U-KNOWN", unit: plain).write(to: known, atomically: true, encoding: .utf8)
        _ = try store.importFile(known, as: .parcels)
        let shares = try #require(try store.parcels().first { $0.id == "U-KNOWN" }).units
        #expect(shares.map(\.unitId) == [commune.id])
        #expect(shares.first?.level.rawValue == "commune")

        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let unknown = folder.appendingPathComponent("unknown.geojson")
        try Self.parcel("U-UNKNOWN", unit: "99999").write(to: unknown, atomically: true, encoding: .utf8)
        do {
            _ = try store.importFile(unknown, as: .parcels)
            Issue.record("an unknown unit was accepted")
        } catch let failure as ImportFailure {
            let text = failure.issues.map(\.description).joined(separator: "\n")
            #expect(text.contains("U-UNKNOWN") && text.contains("99999"), "\(text)")
            #expect(!text.contains("no administrative units are stored"), "\(text)")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }
}
