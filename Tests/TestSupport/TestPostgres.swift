import Foundation
import PlannerApp
import PlannerPostGIS

/// The PostgreSQL/PostGIS server the tests use: `PARKPLAN_TEST_PG` (set by `tools/test`
/// after `tools/setup --with-postgis`), the password from `PGPASSWORD` or `~/.pgpass`.
/// Without it the PostGIS tests skip, except on CI (`CI` set), where they fail.
public enum TestPostgres {
    /// Why a CI run without PostgreSQL fails.
    public struct Missing: Error, CustomStringConvertible {
        public var description: String {
            "CI needs PostgreSQL/PostGIS: PARKPLAN_TEST_PG is not set (.ci/run runs tools/setup --with-postgis)"
        }
    }

    /// Why a local run skips.
    public static let skipReason = "PARKPLAN_TEST_PG is not set: run tools/test, or tools/setup --with-postgis and export it"

    /// The server's URL; `nil` when none is set (skip), ``Missing`` on CI.
    public static func url() throws -> String? {
        let environment = ProcessInfo.processInfo.environment
        if let url = environment["PARKPLAN_TEST_PG"], !url.isEmpty { return url }
        if environment["CI"] != nil { throw Missing() }
        return nil
    }

    /// `url` with a new schema of its own (`?schema=PREFIX_…`), not yet created.
    public static func schema(of url: String, prefix: String = "t") -> String {
        let name = prefix + "_" + UUID().uuidString.prefix(12).lowercased().replacingOccurrences(of: "-", with: "")
        return url + (url.contains("?") ? "&" : "?") + "schema=\(name)"
    }

    /// Drops the schema `url` names (`psql`, best effort: a schema left behind harms no test).
    public static func drop(_ url: String) {
        guard let range = url.range(of: "schema="), let base = url.components(separatedBy: "?").first else { return }
        let schema = url[range.upperBound...].prefix { $0 != "&" }
        guard schema != "public", !schema.isEmpty else { return }
        _ = try? CLIRunner.run("/usr/bin/env", ["psql", "-q", base, "-c", "DROP SCHEMA IF EXISTS \"\(schema)\" CASCADE"])
    }
}

/// A private copy of the shipped store in a PostGIS schema of its own (the same copy
/// `parkplan store copy` makes), for tests that run a front on both stores.
public enum ShippedDatabase {
    /// Copies the shipped store into a new schema of `url`; returns the schema's URL.
    public static func copy(into url: String) throws -> String {
        let target = TestPostgres.schema(of: url, prefix: "srv")
        try PlanningStores.createDatabase(at: target).copy(from: try ShippedStore.open())
        return target
    }
}
