import Foundation
@testable import PlannerPostGIS
import TestSupport
import XCTest

/// The PostgreSQL/PostGIS server the tests use: `PARKPLAN_TEST_PG` (set by `tools/test`
/// after `tools/setup --with-postgis`), the password from `PGPASSWORD` or `~/.pgpass`.
/// Each test works in a schema of its own, dropped afterwards.
enum PostGISTestDatabase {
    /// The server's URL; skips the test when none is set, except on CI, where it fails.
    static func url() throws -> String {
        guard let url = try TestPostgres.url() else { throw XCTSkip(TestPostgres.skipReason) }
        return url
    }

    /// The URL of a new, empty schema on the test database (`?schema=t_…`).
    static func freshSchema() throws -> String {
        TestPostgres.schema(of: try url())
    }

    /// Drops the schema `url` names, with everything in it.
    static func drop(_ url: String) {
        guard let location = try? PostGISLocation(url), location.schema != "public",
              let connection = try? PostGISConnection(location) else { return }
        _ = try? connection.session("dropping the test schema") { try $0.execute("DROP SCHEMA IF EXISTS \"\(location.schema)\" CASCADE") }
    }

    /// Runs `sql` on the store at `url`, its first column of each row as text.
    static func query(_ url: String, _ sql: String) throws -> [String?] {
        let connection = try PostGISConnection(try PostGISLocation(url))
        return try connection.session("test query") { db in try db.rows(sql, as: String?.self) }
    }
}
