import Foundation
import Geo
import GRDB
import Testing
@testable import PlannerStore

@Suite struct FeatureReadWriteTests {
    @Test func featuresAndAttributesRoundTrip() throws {
        let tmp = try TemporaryGeoPackage()
        let gpkg = try GeoPackage.create(at: tmp.path)
        let day = Date(timeIntervalSince1970: 1_718_236_800) // 2024-06-13T00:00:00Z
        let instant = Date(timeIntervalSince1970: 1_718_280_000.25)
        let input = [
            NewFeature(geometry: Fixtures.multiPolygon.polygons.first.map(Geometry.polygon), attributes: [
                "code": "DV-01", "area_m2": 100.5, "floors": 3, "cleared": true,
                "leased_on": .date(day), "surveyed_at": .dateTime(instant),
            ]),
            NewFeature(fid: 42, geometry: Fixtures.polygonWithHole, attributes: ["code": "DV-02", "cleared": false]),
            NewFeature(geometry: nil, attributes: ["code": "DV-03"]),
        ]
        try gpkg.write { tx in try Layers.createParcels(tx) }
        let fids = try gpkg.insert(features: input, into: "parcels")
        #expect(fids == [1, 42, 43])
        let stored = try gpkg.features(in: "parcels")
        #expect(stored.map(\.fid) == [1, 42, 43])
        #expect(stored.map(\.geometry) == input.map(\.geometry))
        #expect(stored[0].attributes["code"] == "DV-01")
        #expect(stored[0].attributes["area_m2"] == .real(100.5))
        #expect(stored[0].attributes["floors"] == .integer(3))
        #expect(stored[0].attributes["cleared"] == .boolean(true))
        #expect(stored[0].attributes["leased_on"] == .date(day))
        #expect(stored[0].attributes["surveyed_at"] == .dateTime(instant))
        #expect(stored[1].attributes["cleared"] == .boolean(false))
        #expect(stored[1].attributes["floors"] == .null)
        #expect(stored[2].attributes.count == Layers.parcelColumns.count)
        try gpkg.queue.read { (db: Database) throws -> Void in
            #expect(try String.fetchOne(db, sql: "SELECT leased_on FROM parcels WHERE fid = 1") == "2024-06-13")
            #expect(try String.fetchOne(db, sql: "SELECT surveyed_at FROM parcels WHERE fid = 1") == "2024-06-13T12:00:00.250Z")
        }
    }

    @Test func contentsBoundsGrowWithEachWrite() throws {
        let tmp = try TemporaryGeoPackage()
        let gpkg = try GeoPackage.create(at: tmp.path)
        try gpkg.write { try Layers.createParcels($0) }
        try gpkg.insert(features: Layers.squares(3), into: "parcels")
        #expect(try gpkg.contents(of: "parcels")?.bounds
            == Envelope(minX: 590_000, minY: 2_300_000, maxX: 590_050, maxY: 2_300_010))
        try gpkg.insert(features: [NewFeature(geometry: .polygon(Fixtures.square(x: 589_000, y: 2_301_000)),
                                              attributes: ["code": "far"])], into: "parcels")
        #expect(try gpkg.contents(of: "parcels")?.bounds
            == Envelope(minX: 589_000, minY: 2_300_000, maxX: 590_050, maxY: 2_301_010))
    }

    @Test func rtreeHasOneRowPerNonEmptyFeatureAndFollowsUpdatesAndDeletes() throws {
        let tmp = try TemporaryGeoPackage()
        let gpkg = try GeoPackage.create(at: tmp.path)
        try gpkg.write { try Layers.createParcels($0) }
        var features = Layers.squares(50)
        features.append(NewFeature(geometry: .polygon(Polygon(exterior: [])), attributes: ["code": "empty"]))
        features.append(NewFeature(geometry: nil, attributes: ["code": "null"]))
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

    @Test func boundingBoxQueryUsesIndexAndReturnsTheRightFids() throws {
        let tmp = try TemporaryGeoPackage()
        let gpkg = try GeoPackage.create(at: tmp.path)
        try gpkg.write { try Layers.createParcels($0) }
        // 10 × 10 grid: square i spans x 590000 + 20·(i%10) … +10, y 2300000 + 20·(i/10) … +10.
        try gpkg.insert(features: Layers.squares(100, perRow: 10), into: "parcels")
        let box = Envelope(minX: 590_015, minY: 2_300_015, maxX: 590_045, maxY: 2_300_025)
        let hits = try gpkg.features(in: "parcels", intersecting: box)
        // Columns 1 and 2 (x 590020…590050), rows 1 (y 2300020…30) → fids 12, 13, plus touching none else.
        #expect(hits.map(\.fid) == [12, 13])
        #expect(hits.allSatisfy { $0.geometry?.planarEnvelope?.intersects(box) == true })
        // A box touching an edge exactly (closed intervals) finds the square.
        let edge = Envelope(minX: 590_010, minY: 2_300_010, maxX: 590_010, maxY: 2_300_010)
        #expect(try gpkg.features(in: "parcels", intersecting: edge).map(\.fid) == [1])
        // Between squares: nothing.
        let gap = Envelope(minX: 590_012, minY: 2_300_012, maxX: 590_018, maxY: 2_300_018)
        #expect(try gpkg.features(in: "parcels", intersecting: gap).isEmpty)
        // The query plan goes through the R-tree virtual table.
        let planRows = try gpkg.queue.read { (db: Database) throws -> [String] in
            try Row.fetchAll(db, sql: """
                EXPLAIN QUERY PLAN SELECT fid FROM parcels t JOIN rtree_parcels_geom r ON t.fid = r.id
                WHERE r.minx <= 1 AND r.maxx >= 0 AND r.miny <= 1 AND r.maxy >= 0
                """).map { $0["detail"] as String }
        }
        #expect(planRows.contains { $0.contains("VIRTUAL TABLE INDEX") })
    }

    @Test func attributeTableHoldsNonSpatialRows() throws {
        let tmp = try TemporaryGeoPackage()
        let gpkg = try GeoPackage.create(at: tmp.path)
        try gpkg.write { tx in
            try tx.createAttributeTable(name: "tenants", columns: [Column("name", .text, notNull: true), Column("jobs", .integer)])
            try tx.insert(features: [NewFeature(geometry: nil, attributes: ["name": "LG Display", "jobs": 10_000])], into: "tenants")
        }
        #expect(try gpkg.contents(of: "tenants")?.dataType == "attributes")
        #expect(try gpkg.features(in: "tenants") == [
            StoredFeature(fid: 1, geometry: nil, attributes: ["name": "LG Display", "jobs": 10_000]),
        ])
        #expect { try gpkg.insert(features: [NewFeature(geometry: Fixtures.point)], into: "tenants") }
            throws: { ($0 as? StoreError)?.kind == .invalidInput }
        #expect { try gpkg.features(in: "tenants", intersecting: Envelope(minX: 0, minY: 0, maxX: 1, maxY: 1)) }
            throws: { ($0 as? StoreError)?.kind == .schema }
    }
}
