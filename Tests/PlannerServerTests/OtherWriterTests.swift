import Foundation
import TestSupport
import XCTest

/// A write made by another process (the CLI beside the server) reaches the server's kept
/// clearance totals: its next answer is the CLI's full computation, on both stores.
final class OtherWriterTests: XCTestCase {
    func testTheKeptTotalsSeeAWriteOfTheCLI() async throws { try await keptTotalsSeeAWriteOfTheCLI(on: .geoPackage) }

    func testTheKeptTotalsSeeAWriteOfTheCLIOnPostGIS() async throws { try await keptTotalsSeeAWriteOfTheCLI(on: .postGIS) }

    func keptTotalsSeeAWriteOfTheCLI(on kind: TestStoreKind) async throws {
        let store = try shippedStore(kind)
        let server = try ServedStore(store: store)
        let levels = ["district", "commune"]
        var before: [String: String] = [:]
        for by in levels {
            let reply = try await server.send("GET", "/api/v1/clearance?by=\(by)")
            XCTAssertEqual(reply.status, 200, reply.text)
            before[by] = reply.text
        }
        // Several parcels, so some change every level's figures.
        for id in try ServerUsers.parcelIds(store).prefix(12) {
            let p = try await server.parcel(id)
            let target = p.status == "disputed" ? "inventoried" : "disputed"
            let set = try server.cli(["clearance", "set", id, target, "--date", ServedStore.today, "--by", "cli beside the server",
                                      "--reason", "test"])
            XCTAssertEqual(set.status, 0, set.stderr)
        }
        for by in levels {
            let reply = try await server.send("GET", "/api/v1/clearance?by=\(by)")
            XCTAssertEqual(reply.status, 200, reply.text)
            XCTAssertNotEqual(reply.text, before[by], "\(by): the CLI's writes changed nothing")
            let cli = try server.cli(["clearance", "--by", by, "--format", "json"])
            XCTAssertEqual(cli.status, 0, cli.stderr)
            XCTAssertEqual(reply.text, cli.stdout, "\(kind) by \(by): the kept totals missed the CLI's writes")
        }
        server.stop()
    }
}
