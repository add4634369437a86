import Foundation
import Planner
@testable import PlannerPostGIS
import TestSupport
import XCTest

/// The PostGIS store's schema: versioned migrations, typed geometry columns QGIS lists,
/// GiST indexes, the append-only ledger, and refusal of a newer schema.
final class PostGISSchemaTests: XCTestCase {
    private var url = ""

    override func setUpWithError() throws {
        url = try PostGISTestDatabase.freshSchema()
        _ = try PostGISStore.create(try PostGISLocation(url))
    }

    override func tearDown() {
        PostGISTestDatabase.drop(url)
        super.tearDown()
    }

    func testMigrationsAreRecordedOnceAndReapplyingChangesNothing() throws {
        _ = try PostGISStore.create(try PostGISLocation(url))
        XCTAssertEqual(try PostGISTestDatabase.query(url, "SELECT version::text FROM parkplan_migrations ORDER BY version"),
                       (1...PostGISMigrator.newest).map { String($0) })
        XCTAssertEqual(try PostGISStore.open(try PostGISLocation(url)).schemaVersion(), PostGISMigrator.newest)
    }

    func testGeometryColumnsAreTypedInEPSG9210WithGiSTIndexes() throws {
        let schema = try PostGISLocation(url).schema
        let columns = try PostGISTestDatabase.query(url, """
            SELECT f_table_name || ':' || type || ':' || srid FROM geometry_columns
            WHERE f_table_schema = '\(schema)' ORDER BY f_table_name
            """)
        XCTAssertEqual(columns, ["admin_units:MULTIPOLYGON:9210", "infrastructure:GEOMETRY:9210", "land_use_zones:MULTIPOLYGON:9210",
                                 "parcels:MULTIPOLYGON:9210", "parks:MULTIPOLYGON:9210"])
        let gist = try PostGISTestDatabase.query(url, """
            SELECT tablename FROM pg_indexes WHERE schemaname = '\(schema)' AND indexdef LIKE '%USING gist%' ORDER BY tablename
            """)
        XCTAssertEqual(gist, ["admin_units", "infrastructure", "land_use_zones", "parcels", "parks"])
    }

    func testTheLedgerRefusesUpdateAndDelete() throws {
        let connection = try PostGISConnection(try PostGISLocation(url))
        try connection.session("seeding") { db in
            try db.execute("INSERT INTO parcels (parcel_id, land_use) VALUES ('P1', 'LUC')")
            try db.execute("INSERT INTO clearance_events (parcel_id, seq, status, event_date) VALUES ('P1', 1, 'inventoried', '2026-01-02')")
        }
        for sql in ["UPDATE clearance_events SET status = 'handed_over'", "DELETE FROM clearance_events", "TRUNCATE clearance_events"] {
            XCTAssertThrowsError(try connection.session(sql) { try $0.execute(sql) }) { error in
                XCTAssertTrue("\(error)".contains("append-only"), "\(sql): \(error)")
            }
        }
        XCTAssertEqual(try PostGISTestDatabase.query(url, "SELECT status FROM clearance_events"), ["inventoried"])
    }

    func testAStoreOfSchemaOneIsMigratedAndItsLedgerWritesTick() throws {
        let target = TestPostgres.schema(of: try PostGISTestDatabase.url())
        defer { PostGISTestDatabase.drop(target) }
        let location = try PostGISLocation(target)
        let connection = try PostGISConnection(location)
        try connection.session("making a schema 1 store") { db in
            try db.execute("CREATE SCHEMA \"\(location.schema)\"")
            try db.execute("CREATE TABLE parkplan_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())")
            for statement in PostGISSchemaV1.migration.statements { try db.execute(statement) }
            try db.execute("INSERT INTO parkplan_migrations (version, name) VALUES (1, 'v1')")
            try db.execute("INSERT INTO parcels (parcel_id, land_use) VALUES ('P1', 'LUC'), ('P2', 'LUC')")
            try db.execute("INSERT INTO clearance_events (parcel_id, seq, status, event_date) VALUES ('P1', 1, 'inventoried', '2026-01-02')")
        }
        let store = try PostGISStore.open(location)
        XCTAssertEqual(try store.schemaVersion(), PostGISMigrator.newest)
        XCTAssertEqual(try store.ledgerMark(), 0, "entries of schema 1 are before the first mark")
        try connection.session("writing as another client would") { db in
            try db.execute("INSERT INTO clearance_events (parcel_id, seq, status, event_date) VALUES ('P2', 1, 'inventoried', '2026-01-03')")
        }
        XCTAssertEqual(try store.ledgerChanges(since: 0), LedgerChanges(mark: 1, parcelIds: ["P2"], lastSeqs: [1]))
        XCTAssertThrowsError(try connection.session("a role no release knows") {
            try $0.execute("INSERT INTO service_users (name, role, token_sha256, created_at) VALUES ('x', 'king', 'h', now())")
        })
    }

    func testAStoreOfANewerReleaseIsRefused() throws {
        let connection = try PostGISConnection(try PostGISLocation(url))
        try connection.session("faking a newer release") { try $0.execute("INSERT INTO parkplan_migrations (version, name) VALUES (999, 'future')") }
        XCTAssertThrowsError(try PostGISStore.open(try PostGISLocation(url))) { error in
            XCTAssertTrue("\(error)".contains("newer than this release"), "\(error)")
        }
    }

    func testASchemaWithoutAStoreIsNamedAndNotCreatedByReading() throws {
        let empty = try PostGISTestDatabase.freshSchema()
        defer { PostGISTestDatabase.drop(empty) }
        let r = try CLIRunner.run(CLIRunner.parkplan, ["parks", "--store", empty])
        XCTAssertNotEqual(r.status, 0)
        XCTAssertTrue(r.stderr.contains("no ParkPlanner store at postgresql://"), r.stderr)
        XCTAssertFalse(r.stderr.contains("parkplan@") && r.stderr.contains(":parkplan@"), "the password leaked: \(r.stderr)")
    }
}
