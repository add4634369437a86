import Foundation
import Geo
import GRDB
import Testing
@testable import PlannerStore

@Suite struct FeatureReadWriteTests {
    @Test func contentsBoundsGrowWithEachWrite() throws {
        let tmp = try TemporaryGeoPackage()
        let gpkg = try GeoPackage.create(at: tmp.path)
        try gpkg.write { try Layers.createParcels($0) }
        try gpkg.insert(features: Layers.squares(3), into: "parcels")
        #expect(try gpkg.contents(of: "parcels")?.bounds
            == Envelope(minX: 590_000, minY: 2_300_000, maxX: 590_050, maxY: 2_300_010))
        try gpkg.insert(features: [DynamicFeature(geometry: .polygon(Fixtures.square(x: 589_000, y: 2_301_000)),
                                                  values: ["code": "far".databaseValue])], into: "parcels")
        #expect(try gpkg.contents(of: "parcels")?.bounds
            == Envelope(minX: 589_000, minY: 2_300_000, maxX: 590_050, maxY: 2_301_010))
    }

    @Test func rtreeHasOneRowPerNonEmptyFeatureAndFollowsUpdatesAndDeletes() throws {
        let tmp = try TemporaryGeoPackage()
        let gpkg = try GeoPackage.create(at: tmp.path)
        try gpkg.write { try Layers.createParcels($0) }
        var features = Layers.squares(50)
        features.append(DynamicFeature(geometry: .polygon(Polygon(exterior: [])), values: ["code": "empty".databaseValue]))
        features.append(DynamicFeature(geometry: nil, values: ["code": "null".databaseValue]))
        try gpkg.insert(features: features, into: "parcels")
        try gpkg.queue.write { (db: Database) throws -> Void in
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM parcels") == 52)
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM rtree_parcels_geom") == 50)
            #expect(try Int.fetchOne(db, sql:
                "SELECT count(*) FROM parcels p JOIN rtree_parcels_geom r ON p.fid = r.id WHERE r.minx > ST_MinX(p.geom) OR r.maxx < ST_MaxX(p.geom)") == 0)
            // update1: move feature 1; update2: clear feature 2; delete: remove feature 3.
            let moved = Data(GeoPackageBinary.encode(.polygon(Fixtures.square(x: 0, y: 0)), srsID: 9210))
            try db.execute(sql: "UPDATE parcels SET geom = ? WHERE fid = 1", arguments: [moved])
            try db.execute(sql: "UPDATE parcels SET geom = NULL WHERE fid = 2")
            try db.execute(sql: "DELETE FROM parcels WHERE fid = 3")
            // update3: change the id of feature 4.
            try db.execute(sql: "UPDATE parcels SET fid = 1000, geom = geom WHERE fid = 4")
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM rtree_parcels_geom") == 48)
            #expect(try Double.fetchOne(db, sql: "SELECT maxx FROM rtree_parcels_geom WHERE id = 1") == 10)
            #expect(try Int.fetchAll(db, sql: "SELECT id FROM rtree_parcels_geom WHERE id IN (2, 3, 4, 1000)") == [1000])
        }
    }

    @Test func dynamicRowsKeepTheirValuesAndAttributeTablesRefuseGeometry() throws {
        let tmp = try TemporaryGeoPackage()
        let gpkg = try GeoPackage.create(at: tmp.path)
        try gpkg.write { tx in
            try tx.createAttributeTable(name: "tenants", columns: [UserColumn("name", .text, notNull: true), UserColumn("jobs", .integer)])
            try tx.insert(features: [DynamicFeature(geometry: nil, values: ["name": "LG Display".databaseValue, "jobs": 10_000.databaseValue])],
                          into: "tenants")
        }
        #expect(try gpkg.contents(of: "tenants")?.dataType == "attributes")
        let row = try gpkg.queue.read { db in try Row.fetchOne(db, sql: "SELECT fid, name, jobs FROM tenants") }
        #expect(row == ["fid": 1, "name": "LG Display", "jobs": 10_000])
        #expect { try gpkg.insert(features: [DynamicFeature(geometry: Fixtures.point)], into: "tenants") }
            throws: { ($0 as? StoreError)?.kind == .invalidInput }
    }
}
