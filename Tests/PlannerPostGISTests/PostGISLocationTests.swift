import Foundation
@testable import PlannerPostGIS
import XCTest

/// Parsing `postgresql://` locations; the password is read but never shown.
final class PostGISLocationTests: XCTestCase {
    func testTheURLGivesUserHostPortDatabaseAndSchema() throws {
        let l = try PostGISLocation("postgresql://planner@db.example:6543/hp?schema=gpmb", environment: ["PGPASSWORD": "s3cret"])
        XCTAssertEqual([l.user, l.host, String(l.port), l.database, l.schema], ["planner", "db.example", "6543", "hp", "gpmb"])
        XCTAssertEqual(l.password, "s3cret")
        XCTAssertEqual(l.description, "postgresql://planner@db.example:6543/hp?schema=gpmb")
        XCTAssertFalse(l.description.contains("s3cret"))
    }

    func testThePasswordComesFromPgpassWhenNotInTheEnvironment() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("pgpass-\(UUID().uuidString)")
        try "# comment\nother:5432:*:*:wrong\n*:5432:hp:planner:p\\:w\n".write(to: file, atomically: true, encoding: .utf8)
        let l = try PostGISLocation("postgresql://planner@db:5432/hp", environment: ["PGPASSFILE": file.path])
        XCTAssertEqual(l.password, "p:w")
        XCTAssertEqual(l.port, 5432)
    }

    func testAPasswordInTheURLIsRedactedFromMessages() {
        XCTAssertEqual(PostGISLocation.redacted("postgresql://u:hunter2@h:5432/db"), "postgresql://u:***@h:5432/db")
        XCTAssertThrowsError(try PostGISLocation("postgresql://u:hunter2@h:5432/", environment: [:])) { error in
            XCTAssertFalse("\(error)".contains("hunter2"), "\(error)")
            XCTAssertTrue("\(error)".contains("names no database"), "\(error)")
        }
    }

    func testABadSchemaNameIsRefused() {
        XCTAssertThrowsError(try PostGISLocation("postgresql://u@h/db?schema=Robert%27;drop", environment: [:])) { error in
            XCTAssertTrue("\(error)".contains("lower-case SQL name"), "\(error)")
        }
    }
}
