import Foundation
import XCTest
import TestSupport

/// `GET /api/v1/QUERY?…` answers exactly what `parkplan QUERY … --format json` prints on
/// the same store, for every query and a spread of parameters; bad ones are 400s.
final class QueryContractTests: XCTestCase {
    nonisolated(unsafe) static var served: ServedStore?

    func server() throws -> ServedStore {
        if let s = Self.served { return s }
        let s = try ServedStore()
        Self.served = s
        return s
    }

    override class func tearDown() {
        served?.stop()
        served = nil
        super.tearDown()
    }

    /// Each case: the query, its API parameters, the same as CLI arguments.
    static let cases: [(query: String, api: String, cli: [String])] = [
        ("parks", "as_of=2026-06-30", ["parks", "--as-of", "2026-06-30"]),
        ("parks", "as_of=2024-01-01", ["parks", "--as-of", "2024-01-01"]),
        ("clearance", "as_of=2026-06-30", ["clearance", "--as-of", "2026-06-30"]),
        ("clearance", "as_of=2026-06-30&by=district", ["clearance", "--as-of", "2026-06-30", "--by", "district"]),
        ("clearance", "as_of=2025-12-31&by=commune%2Bpark", ["clearance", "--as-of", "2025-12-31", "--by", "commune+park"]),
        ("clearance", "as_of=2026-06-30&overdue=true", ["clearance", "--as-of", "2026-06-30", "--overdue"]),
        ("clearance", "as_of=2026-06-30&park=an-hoa&by=district", ["clearance", "--as-of", "2026-06-30", "--park", "an-hoa", "--by", "district"]),
        ("clearance", "as_of=2026-06-30&as_recorded=2026-01-01", ["clearance", "--as-of", "2026-06-30", "--as-recorded", "2026-01-01"]),
    ]

    func testQueryBodiesEqualTheCLIsJSON() async throws {
        let s = try server()
        for c in Self.cases {
            let reply = try await s.send("GET", "/api/v1/\(c.query)?\(c.api)")
            XCTAssertEqual(reply.status, 200, "\(c.query)?\(c.api): \(reply.text)")
            XCTAssertEqual(reply.headers["content-type"], "application/json; charset=utf-8")
            let cli = try s.cli(c.cli + ["--format", "json"])
            XCTAssertEqual(cli.status, 0, cli.stderr)
            XCTAssertFalse(cli.stdout.isEmpty)
            XCTAssertEqual(reply.text, cli.stdout, "\(c.query)?\(c.api) differs from `parkplan \(c.cli.joined(separator: " "))`")
        }
    }

    func testHealthAnswers200() async throws {
        let reply = try await server().send("GET", "/health")
        XCTAssertEqual(reply.status, 200)
        XCTAssertEqual(reply.json["status"] as? String, "ok")
    }

    func testBadParametersAre400NamingTheParameter() async throws {
        let s = try server()
        let bad: [(String, String)] = [
            ("/api/v1/parks?as_of=2026-13-01", "as_of"),
            ("/api/v1/clearance?as_of=yesterday", "as_of"),
            ("/api/v1/clearance?by=province", "by"),
            ("/api/v1/clearance?park=no-such-park", "park"),
            ("/api/v1/clearance?overdue=maybe", "overdue"),
            ("/api/v1/clearance?as_recorded=noon", "as_recorded"),
            ("/api/v1/parks?colour=red", "colour"),
            ("/api/v1/parks?as_of=2026-01-01&as_of=2026-02-01", "as_of"),
        ]
        for (path, parameter) in bad {
            let reply = try await s.send("GET", path)
            XCTAssertEqual(reply.status, 400, "\(path): \(reply.text)")
            XCTAssertEqual(reply.json["parameter"] as? String, parameter, path)
            XCTAssertFalse((reply.json["error"] as? String ?? "").isEmpty, path)
        }
    }

    func testUnknownPathIs404() async throws {
        let reply = try await server().send("GET", "/api/v1/no-such-query")
        XCTAssertEqual(reply.status, 404)
    }
}
