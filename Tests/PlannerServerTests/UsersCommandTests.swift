import Foundation
import GRDB
import TestSupport
import XCTest

/// `parkplan users add|list|revoke` and `parkplan audit`: tokens printed once and stored
/// only as hashes, units resolved from the store's data.
final class UsersCommandTests: XCTestCase {
    func run(_ arguments: [String], _ store: String) throws -> CLIRunner.Result {
        try CLIRunner.run(CLIRunner.parkplan, arguments + ["--store", store])
    }

    func testTheTokenIsPrintedAloneOnTheLastLineAndOnlyItsHashIsStored() throws {
        let (_, store) = try ShippedStore.copy()
        let added = try run(["users", "add", "gpmb-an-hai", "--role", "board", "--units", "phuong-an-hai"], store)
        XCTAssertEqual(added.status, 0, added.stderr)
        let token = try XCTUnwrap(added.stdout.split(separator: "\n").last.map(String.init))
        XCTAssertTrue(token.hasPrefix("pp_") && token.count == 67, token)
        let stored = try DatabaseQueue(path: store).read { db in
            try String.fetchAll(db, sql: "SELECT token_sha256 FROM service_users")
        }
        XCTAssertEqual(stored.count, 1)
        XCTAssertNotEqual(stored.first, token)
        XCTAssertEqual(stored.first?.count, 64, "a SHA-256 in hex")
        XCTAssertFalse(try Data(contentsOf: URL(fileURLWithPath: store)).range(of: Data(token.utf8)) != nil, "the token is in the file")
        let second = try run(["users", "add", "gpmb-an-hai-2", "--role", "board", "--units", "phuong-an-hai"], store)
        XCTAssertNotEqual(second.stdout.split(separator: "\n").last.map(String.init), token, "two users got one token")
    }

    func testUnitsAreResolvedByIdNameOrNameWithoutDiacritics() throws {
        let (_, store) = try ShippedStore.copy()
        for (name, units) in [("by-id", "315,316"), ("by-name", "commune:An Hải"), ("plain", "commune:an hai")] {
            let r = try run(["users", "add", name, "--role", "board", "--units", units], store)
            XCTAssertEqual(r.status, 0, "\(units): \(r.stderr)")
        }
        let list = try run(["users", "list", "--format", "json"], store)
        let rows = try XCTUnwrap((try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [String: Any])?["rows"] as? [[String: Any]])
        let units = Dictionary(uniqueKeysWithValues: rows.map { ($0["name"] as! String, $0["units"] as! [String]) })
        XCTAssertEqual(units["by-id"], ["district:315", "district:316"])
        XCTAssertEqual(units["by-name"], ["commune:phuong-an-hai"])
        XCTAssertEqual(units["plain"], ["commune:phuong-an-hai"])
        XCTAssertFalse(list.stdout.contains("token"), "users list shows no token or hash")
    }

    func testBadUsersAreRefusedAndNothingIsStored() throws {
        let (_, store) = try ShippedStore.copy()
        let cases: [([String], String)] = [
            (["users", "add", "x", "--role", "king"], "--role"),
            (["users", "add", "x", "--role", "board"], "--units"),
            (["users", "add", "x", "--role", "viewer", "--units", "315"], "--units"),
            (["users", "add", "x", "--role", "board", "--units", "atlantis"], "atlantis"),
        ]
        for (arguments, named) in cases {
            let r = try run(arguments, store)
            XCTAssertNotEqual(r.status, 0, arguments.joined(separator: " "))
            XCTAssertTrue(r.stderr.contains(named), "\(arguments): \(r.stderr)")
        }
        // A name at two levels (district An Dương, ward An Dương) must be named with its level.
        let ambiguous = try run(["users", "add", "x", "--role", "board", "--units", "An Dương"], store)
        XCTAssertNotEqual(ambiguous.status, 0)
        XCTAssertTrue(ambiguous.stderr.contains("LEVEL:ID"), ambiguous.stderr)
        let list = try run(["users", "list", "--format", "json"], store)
        XCTAssertTrue(list.stdout.contains("\"rows\":[]"), list.stdout)
        XCTAssertEqual(try run(["users", "add", "x", "--role", "viewer"], store).status, 0)
        let twice = try run(["users", "add", "x", "--role", "admin"], store)
        XCTAssertNotEqual(twice.status, 0)
        XCTAssertTrue(twice.stderr.contains("exists"), twice.stderr)
    }

    func testRevokedUsersAreListedAsRevoked() throws {
        let (_, store) = try ShippedStore.copy()
        XCTAssertEqual(try run(["users", "add", "temp", "--role", "viewer"], store).status, 0)
        let revoked = try run(["users", "revoke", "temp"], store)
        XCTAssertEqual(revoked.status, 0, revoked.stderr)
        let list = try run(["users", "list", "--format", "json"], store)
        let rows = try XCTUnwrap((try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [String: Any])?["rows"] as? [[String: Any]])
        XCTAssertNotNil(rows.first?["revoked_at"] as? String)
        XCTAssertNotEqual(try run(["users", "revoke", "nobody"], store).status, 0)
    }
}
