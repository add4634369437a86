import Foundation
import Geo
import GRDB
import Testing
@testable import PlannerStore

@Suite struct TransactionTests {
    struct Interrupted: Error {}

    private func snapshot(_ gpkg: GeoPackage) throws -> (count: Int, rtree: Int, contents: ContentsEntry?) {
        try gpkg.queue.read { (db: Database) throws -> (Int, Int, ContentsEntry?) in
            (try Int.fetchOne(db, sql: "SELECT count(*) FROM parcels")!,
             try Int.fetchOne(db, sql: "SELECT count(*) FROM rtree_parcels_geom")!,
             try ContentsEntry.fetchOne(db, key: "parcels"))
        }
    }

    private func seeded() throws -> (TemporaryGeoPackage, GeoPackage) {
        let tmp = try TemporaryGeoPackage()
        let gpkg = try GeoPackage.create(at: tmp.path)
        try gpkg.write { tx in
            try Layers.createParcels(tx)
            try tx.insert(features: Layers.squares(10), into: "parcels")
        }
        return (tmp, gpkg)
    }

    @Test func errorThrownAfterBulkInsertRollsEverythingBack() throws {
        let (tmp, gpkg) = try seeded()
        let before = try snapshot(gpkg)
        let bytesBefore = try Data(contentsOf: URL(fileURLWithPath: tmp.path))
        #expect(throws: Interrupted.self) {
            try gpkg.write { tx in
                try tx.insert(features: Layers.squares(2_000), into: "parcels")
                try tx.createAttributeTable(name: "scratch", columns: [])
                #expect(try tx.reader.count(in: "parcels") == 2_010) // visible inside the transaction
                throw Interrupted()
            }
        }
        let after = try snapshot(gpkg)
        #expect(after.count == 10 && after.rtree == 10)
        #expect(after.contents == before.contents)
        #expect(try gpkg.contents(of: "scratch") == nil)
        #expect(try Data(contentsOf: URL(fileURLWithPath: tmp.path)) == bytesBefore)
    }

    @Test func invalidFeatureInTheMiddleOfABulkInsertRollsBack() throws {
        let (tmp, gpkg) = try seeded()
        defer { withExtendedLifetime(tmp) {} }
        let before = try snapshot(gpkg)
        var features = Layers.squares(1_000)
        features[500].values["colour"] = "red".databaseValue // no such column
        features[999] = DynamicFeature(geometry: .polygon(Fixtures.square(x: 0, y: 0)), values: ["code": "far".databaseValue])
        #expect { try gpkg.insert(features: features, into: "parcels") } throws: { error in
            guard let e = error as? StoreError else { return false }
            return e.kind == .invalidInput && e.table == "parcels" && e.path == gpkg.path
        }
        let after = try snapshot(gpkg)
        #expect(after.count == before.count && after.rtree == before.rtree)
        #expect(after.contents == before.contents)
        #expect(after.contents?.bounds == Envelope(minX: 590_000, minY: 2_300_000, maxX: 590_190, maxY: 2_300_010))
    }

    @Test func sqliteConstraintFailureMidWayRollsBackAndReportsFileAndTable() throws {
        let (tmp, gpkg) = try seeded()
        defer { withExtendedLifetime(tmp) {} }
        let before = try snapshot(gpkg)
        var features = Layers.squares(300)
        features[150] = DynamicFeature(geometry: .polygon(Fixtures.square(x: 0, y: 0))) // code is NOT NULL
        #expect { try gpkg.insert(features: features, into: "parcels") } throws: { error in
            guard let e = error as? StoreError else { return false }
            return e.kind == .database && e.table == "parcels" && e.description.contains(gpkg.path)
        }
        let after = try snapshot(gpkg)
        #expect(after.count == before.count && after.rtree == before.rtree && after.contents == before.contents)
    }

    @Test func failedInsertCaughtInsideAWriteUndoesOnlyItsOwnBatch() throws {
        let (tmp, gpkg) = try seeded()
        defer { withExtendedLifetime(tmp) {} }
        var bad = Layers.squares(100)
        bad[50].values["nonexistent"] = 1.databaseValue
        try gpkg.write { tx in
            try tx.insert(features: Layers.squares(5), into: "parcels")
            #expect(throws: StoreError.self) { try tx.insert(features: bad, into: "parcels") }
            try tx.insert(features: Layers.squares(2), into: "parcels")
        }
        let after = try snapshot(gpkg)
        #expect(after.count == 17 && after.rtree == 17)
    }
}
