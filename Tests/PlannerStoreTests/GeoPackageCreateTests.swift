import Foundation
import GRDB
import Testing
@testable import PlannerStore

@Suite struct GeoPackageCreateTests {
    @Test func newFileHasGeoPackageHeaderTablesAndSpatialReferences() throws {
        let tmp = try TemporaryGeoPackage()
        let gpkg = try GeoPackage.create(at: tmp.path)
        try gpkg.queue.read { (db: Database) throws -> Void in
            #expect(try Int.fetchOne(db, sql: "PRAGMA application_id") == 1_196_444_487)
            #expect(try Int.fetchOne(db, sql: "PRAGMA user_version") == 10300)
            #expect(try String.fetchOne(db, sql: "PRAGMA journal_mode")?.lowercased() == "delete")
            #expect(try String.fetchAll(db, sql: "PRAGMA integrity_check") == ["ok"])
            for table in ["gpkg_spatial_ref_sys", "gpkg_contents", "gpkg_geometry_columns", "gpkg_extensions"] {
                #expect(try db.tableExists(table), "missing \(table)")
            }
        }
        let srs = try gpkg.read { try $0.spatialReferences() }
        #expect(srs.map(\.srsID) == [-1, 0, 4326, 9210])
        let vn = try #require(srs.first { $0.srsID == 9210 })
        #expect(vn.srsName == "VN-2000 / TM-3 105-45")
        #expect(vn.definition.hasPrefix(#"PROJCS["VN-2000 / TM-3 105-45""#))
        #expect(vn.definition.contains(#"PARAMETER["central_meridian",105.75]"#))
        #expect(srs.first { $0.srsID == -1 }?.organization == "NONE")
        #expect(srs.first { $0.srsID == 4326 }?.definition.contains("WGS 84") == true)
    }

    @Test func firstBytesOfFileSpellSQLiteAndGPKG() throws {
        let tmp = try TemporaryGeoPackage()
        _ = try GeoPackage.create(at: tmp.path)
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: tmp.path)))
        #expect(String(decoding: bytes[0..<15], as: UTF8.self) == "SQLite format 3")
        #expect(Array(bytes[68..<72]) == Array("GPKG".utf8)) // application_id, big-endian
    }

    @Test func createRefusesExistingFileAndOpenRefusesMissingOrForeignFiles() throws {
        let tmp = try TemporaryGeoPackage()
        _ = try GeoPackage.create(at: tmp.path)
        #expect(throws: StoreError.self) { try GeoPackage.create(at: tmp.path) }
        #expect(try GeoPackage.open(at: tmp.path).path == tmp.path)

        let missing = tmp.directory.appendingPathComponent("missing.gpkg").path
        #expect { try GeoPackage.open(at: missing) } throws: { ($0 as? StoreError)?.kind == .file }

        let plain = tmp.directory.appendingPathComponent("plain.sqlite").path
        try DatabaseQueue(path: plain).write { try $0.execute(sql: "CREATE TABLE t (x)") }
        #expect { try GeoPackage.open(at: plain) } throws: { error in
            guard let e = error as? StoreError else { return false }
            return e.kind == .file && e.path == plain && e.description.contains("application_id")
        }

        let text = tmp.directory.appendingPathComponent("notes.gpkg").path
        try Data(repeating: 0x41, count: 4096).write(to: URL(fileURLWithPath: text))
        #expect(throws: StoreError.self) { try GeoPackage.open(at: text) }
    }

    @Test func sqlFunctionsReadEnvelopeAndEmptiness() throws {
        let tmp = try TemporaryGeoPackage()
        let gpkg = try GeoPackage.create(at: tmp.path)
        let poly = Data(GeoPackageBinary.encode(Fixtures.polygonWithHole, srsID: 9210))
        let empty = Data(GeoPackageBinary.encode(.empty, srsID: 9210))
        try gpkg.queue.read { (db: Database) throws -> Void in
            let row = try #require(try Row.fetchOne(db,
                sql: "SELECT ST_MinX(?1), ST_MaxX(?1), ST_MinY(?1), ST_MaxY(?1), ST_IsEmpty(?1), ST_IsEmpty(?2), ST_MinX(?2), ST_IsEmpty(NULL)",
                arguments: [poly, empty]))
            #expect(row[0] as Double == 0 && row[1] as Double == 100)
            #expect(row[2] as Double == 0 && row[3] as Double == 80)
            #expect(row[4] as Int == 0 && row[5] as Int == 1)
            #expect(row[6] as Double? == nil && row[7] as Int? == nil)
            #expect(throws: DatabaseError.self) { try Double.fetchOne(db, sql: "SELECT ST_MinX(x'41420000')") }
        }
    }

    @Test func featureTableIsRegisteredWithContentsGeometryColumnsAndRTree() throws {
        let tmp = try TemporaryGeoPackage()
        let gpkg = try GeoPackage.create(at: tmp.path)
        try gpkg.write { try Layers.createParcels($0) }
        let contents = try #require(try gpkg.contents(of: "parcels"))
        #expect(contents.dataType == "features" && contents.srsID == 9210 && contents.identifier == "Parcels")
        #expect(contents.bounds == nil)
        try gpkg.queue.read { (db: Database) throws -> Void in
            let gc = try #require(try Row.fetchOne(db, sql: "SELECT * FROM gpkg_geometry_columns"))
            #expect(gc["table_name"] as String == "parcels" && gc["column_name"] as String == "geom")
            #expect(gc["geometry_type_name"] as String == "POLYGON" && gc["srs_id"] as Int == 9210)
            let ext = try #require(try Row.fetchOne(db, sql: "SELECT * FROM gpkg_extensions"))
            #expect(ext["extension_name"] as String == "gpkg_rtree_index" && ext["scope"] as String == "write-only")
            #expect(ext["table_name"] as String == "parcels" && ext["column_name"] as String == "geom")
            let triggers = try String.fetchAll(db,
                sql: "SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name")
            #expect(triggers == ["delete", "insert", "update1", "update2", "update3", "update4"]
                .map { "rtree_parcels_geom_\($0)" })
            #expect(try db.tableExists("rtree_parcels_geom"))
        }
    }

    @Test func badNamesUnknownSRSAndWrongValuesAreRejected() throws {
        let tmp = try TemporaryGeoPackage()
        let gpkg = try GeoPackage.create(at: tmp.path)
        #expect(throws: StoreError.self) {
            try gpkg.write { try $0.createFeatureTable(name: "bad name", geometryType: .point, srsID: 4326, columns: []) }
        }
        #expect(throws: StoreError.self) {
            try gpkg.write { try $0.createFeatureTable(name: "gpkg_x", geometryType: .point, srsID: 4326, columns: []) }
        }
        #expect { try gpkg.write { try $0.createFeatureTable(name: "p", geometryType: .point, srsID: 3405, columns: []) } }
            throws: { ($0 as? StoreError)?.kind == .schema && ($0 as? StoreError)?.table == "p" }
        try gpkg.write { try Layers.createParcels($0) }
        #expect { try gpkg.insert(features: [DynamicFeature(geometry: nil, values: ["code": "x".databaseValue])], into: "nowhere") }
            throws: { ($0 as? StoreError)?.kind == .schema && ($0 as? StoreError)?.table == "nowhere" }
        #expect { try gpkg.insert(features: [DynamicFeature(geometry: nil, values: ["colour": "red".databaseValue])], into: "parcels") }
            throws: { ($0 as? StoreError)?.description.contains("no column 'colour'") == true }
        #expect(try gpkg.count(in: "parcels") == 0)
    }
}
