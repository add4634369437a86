import Foundation
import XCTest
import TestSupport

/// `GET /api/v1/QUERY?…` answers exactly what `parkplan QUERY … --format json` prints on
/// the same store, for every query and a spread of parameters; bad ones are 400s.
final class QueryContractTests: ReadOnlyServerTestCase {
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
        ("clearance", "", ["clearance"]),
        ("gaps", "as_of=2026-06-30", ["gaps", "--as-of", "2026-06-30"]),
        ("gaps", "as_of=2027-01-01&utility=power&planned=true&cleared_only=true",
         ["gaps", "--as-of", "2027-01-01", "--utility", "power", "--planned", "--cleared-only"]),
        ("utility-plans", "as_of=2026-06-30", ["utility-plans", "--as-of", "2026-06-30"]),
        ("overlaps", "layer=parcels", ["overlaps", "--layer", "parcels"]),
        ("overlaps", "layer=zones&against=parks&min_area=100", ["overlaps", "--layer", "zones", "--against", "parks", "--min-area", "100"]),
        ("overlaps", "layer=units:district&against=parks", ["overlaps", "--layer", "units:district", "--against", "parks"]),
        ("parcel-gaps", "", ["parcel-gaps"]),
        ("parcel-gaps", "mode=within_container&min_area=50", ["parcel-gaps", "--mode", "within_container", "--min-area", "50"]),
        ("tasks", "", ["tasks"]),
        ("tasks", "section=power", ["tasks", "--section", "power"]),
    ]

    func testQueryBodiesEqualTheCLIsJSON() async throws {
        try await Self.queryBodiesEqualTheCLIsJSON(try server())
    }

    /// Every case's API body on `s` equals the CLI's `--format json` on the same store.
    static func queryBodiesEqualTheCLIsJSON(_ s: ServedStore) async throws {
        for c in cases {
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
            ("/api/v1/gaps?utility=gas", "utility"),
            ("/api/v1/overlaps", "layer"),
            ("/api/v1/overlaps?layer=parcels&min_area=-1", "min_area"),
            ("/api/v1/overlaps?layer=parcels&min_area=lots", "min_area"),
            ("/api/v1/parcel-gaps?mode=all", "mode"),
            ("/api/v1/tasks?section=roads", "section"),
            ("/api/v1/tasks?as_of=2026-01-01", "as_of"),
            ("/api/v1/features/roads?bbox=106,20,107,21", "layer"),
            ("/api/v1/features/parcels", "bbox"),
            ("/api/v1/features/parcels?bbox=107,20,106,21", "bbox"),
            ("/api/v1/features/parcels?bbox=1,2,3", "bbox"),
            ("/api/v1/features/parcels?bbox=106,20,107,21&zoom=30", "zoom"),
        ]
        for (path, parameter) in bad {
            let reply = try await s.send("GET", path)
            XCTAssertEqual(reply.status, 400, "\(path): \(reply.text)")
            XCTAssertEqual(reply.json["parameter"] as? String, parameter, path)
            XCTAssertFalse((reply.json["error"] as? String ?? "").isEmpty, path)
        }
    }

    func testAParcelsLedgerIsTheCLIsHistory() async throws {
        let s = try server()
        for id in ["AH-000001", "AH-000002"] {
            let reply = try await s.send("GET", "/api/v1/parcels/\(id)")
            XCTAssertEqual(reply.status, 200, reply.text)
            let rows = try XCTUnwrap(reply.json["rows"] as? [Any])
            XCTAssertEqual(reply.headers["etag"], "\"\(rows.count)\"", "the version is the number of ledger entries")
            let cli = try s.cli(["clearance", "history", id, "--format", "json"])
            XCTAssertEqual(reply.text, cli.stdout)
        }
        let unknown = try await s.send("GET", "/api/v1/parcels/NO-SUCH")
        XCTAssertEqual(unknown.status, 404)
    }

    func testTheOpenAPIDocumentNamesEveryRoute() async throws {
        let reply = try await server().send("GET", "/openapi.json")
        XCTAssertEqual(reply.status, 200)
        XCTAssertEqual(reply.json["openapi"] as? String, "3.0.3")
        let paths = try XCTUnwrap(reply.json["paths"] as? [String: Any])
        for query in ["parks", "clearance", "gaps", "utility-plans", "overlaps", "parcel-gaps", "tasks"] {
            XCTAssertNotNil(paths["/api/v1/\(query)"], query)
        }
        for path in ["/health", "/api/v1/features/{layer}", "/api/v1/parcels/{id}", "/api/v1/parcels/{id}/events",
                     "/api/v1/parcels/{id}/events/{seq}/void", "/api/v1/audit"] {
            XCTAssertNotNil(paths[path], path)
        }
    }

    func testUnknownPathIs404() async throws {
        let reply = try await server().send("GET", "/api/v1/no-such-query")
        XCTAssertEqual(reply.status, 404)
    }
}
