import Foundation
import GRDB
import PlannerApp
import Planner
import TestSupport
import XCTest

/// Writes through the server: tokens (401), rights (403), versions (412, 428), and what a
/// refused write leaves (nothing).
final class WriteRightsTests: XCTestCase {
    func testBoardWritesOnlyItsUnitsParcels() async throws { try await boardWritesOnlyItsUnitsParcels(on: .geoPackage) }

    func testBoardWritesOnlyItsUnitsParcelsOnPostGIS() async throws { try await boardWritesOnlyItsUnitsParcels(on: .postGIS) }

    func boardWritesOnlyItsUnitsParcels(on kind: TestStoreKind) async throws {
        let store = try shippedStore(kind)
        let units = try ServerUsers.parcelUnits(store, level: UnitLevel(rawValue: "district"))
        let byUnit = Dictionary(grouping: units.keys.sorted(), by: { units[$0] ?? "" })
        let (unit, own) = try XCTUnwrap(byUnit.filter { !$0.key.isEmpty }.max { $0.value.count < $1.value.count })
        let outside = try XCTUnwrap(units.keys.sorted().first { units[$0] != unit && units[$0] != nil })
        let board = try ServerUsers.add("gpmb-\(unit)", role: "board", units: [unit], store: store)
        let server = try ServedStore(store: store)

        let before = try await server.parcel(outside)
        let refused = try await server.change(outside, to: "disputed", date: ServedStore.today, etag: before.etag, token: board, note: "not ours")
        XCTAssertEqual(refused.status, 403, refused.text)
        XCTAssertEqual(refused.json["rule"] as? String, "board-writes-own-units")
        let after = try await server.parcel(outside)
        XCTAssertEqual(after.etag, before.etag, "a refused write changed the parcel")
        XCTAssertEqual(after.entries, before.entries)

        let mine = try await server.parcel(own[0])
        let accepted = try await server.change(own[0], to: "disputed", date: ServedStore.today, etag: mine.etag, token: board)
        XCTAssertEqual(accepted.status, 201, accepted.text)
        XCTAssertNotEqual(accepted.headers["etag"], mine.etag)
        let rows = try XCTUnwrap(accepted.json["rows"] as? [[String: Any]])
        XCTAssertEqual(rows.last?["by"] as? String, "gpmb-\(unit)", "the recorder is the token's user")
    }

    func testViewerMayNotWriteAndAuditIsForAdmins() async throws { try await viewerMayNotWriteAndAuditIsForAdmins(on: .geoPackage) }

    func testViewerMayNotWriteAndAuditIsForAdminsOnPostGIS() async throws { try await viewerMayNotWriteAndAuditIsForAdmins(on: .postGIS) }

    func viewerMayNotWriteAndAuditIsForAdmins(on kind: TestStoreKind) async throws {
        let store = try shippedStore(kind)
        let viewer = try ServerUsers.add("city-viewer", role: "viewer", store: store)
        let admin = try ServerUsers.add("root", role: "admin", store: store)
        let server = try ServedStore(store: store)
        let id = try ServerUsers.parcelIds(store)[0]
        let p = try await server.parcel(id)
        let refused = try await server.change(id, to: "disputed", date: ServedStore.today, etag: p.etag, token: viewer)
        XCTAssertEqual(refused.status, 403)
        XCTAssertEqual(refused.json["rule"] as? String, "viewer-reads-only")
        let audit = try await server.send("GET", "/api/v1/audit", headers: ["Authorization": "Bearer \(viewer)"])
        XCTAssertEqual(audit.status, 403)
        XCTAssertEqual(audit.json["rule"] as? String, "admin-reads-audit")

        let written = try await server.change(id, to: "disputed", date: ServedStore.today, etag: p.etag, token: admin, note: "audit me")
        XCTAssertEqual(written.status, 201, written.text)
        let log = try await server.send("GET", "/api/v1/audit", headers: ["Authorization": "Bearer \(admin)"])
        XCTAssertEqual(log.status, 200, log.text)
        let rows = try XCTUnwrap(log.json["rows"] as? [[String: Any]])
        XCTAssertEqual(rows.count, 1)
        XCTAssertEqual(rows.first?["user"] as? String, "root")
        XCTAssertEqual(rows.first?["parcel"] as? String, id)
        XCTAssertEqual(rows.first?["before_status"] as? String, p.status)
        XCTAssertEqual(rows.first?["after_status"] as? String, "disputed")
        XCTAssertEqual(rows.first?["remote_address"] as? String, "127.0.0.1")
        // The CLI's audit is the same document.
        server.stop()
        let cli = try CLIRunner.run(CLIRunner.parkplan, ["audit", "--store", store, "--format", "json"])
        XCTAssertEqual(cli.stdout, log.text)
    }

    func testMissingUnknownAndRevokedTokensAre401() async throws { try await missingUnknownAndRevokedTokensAre401(on: .geoPackage) }

    func testMissingUnknownAndRevokedTokensAre401OnPostGIS() async throws { try await missingUnknownAndRevokedTokensAre401(on: .postGIS) }

    func missingUnknownAndRevokedTokensAre401(on kind: TestStoreKind) async throws {
        let store = try shippedStore(kind)
        let admin = try ServerUsers.add("clerk", role: "admin", store: store)
        let server = try ServedStore(store: store)
        let id = try ServerUsers.parcelIds(store)[1]
        let p = try await server.parcel(id)
        let none = try await server.change(id, to: "disputed", date: ServedStore.today, etag: p.etag, token: nil)
        XCTAssertEqual(none.status, 401)
        XCTAssertNotNil(none.headers["www-authenticate"])
        let unknown = try await server.change(id, to: "disputed", date: ServedStore.today, etag: p.etag, token: "pp_" + String(repeating: "0", count: 64))
        XCTAssertEqual(unknown.status, 401)
        let revoke = try server.cli(["users", "revoke", "clerk"])
        XCTAssertEqual(revoke.status, 0, revoke.stderr)
        let revoked = try await server.change(id, to: "disputed", date: ServedStore.today, etag: p.etag, token: admin)
        XCTAssertEqual(revoked.status, 401)
        XCTAssertTrue((revoked.json["error"] as? String ?? "").contains("revoked"), revoked.text)
        let after = try await server.parcel(id)
        XCTAssertEqual(after.etag, p.etag, "a refused write changed the parcel")
    }

    func testFailedSignInsAreRateLimited() async throws {
        let (_, store) = try ShippedStore.copy()
        let server = try ServedStore(store: store)
        var statuses: [Int] = []
        for _ in 0..<12 {
            statuses.append(try await server.send("GET", "/api/v1/audit", headers: ["Authorization": "Bearer wrong"]).status)
        }
        XCTAssertEqual(Array(statuses.prefix(10)), Array(repeating: 401, count: 10))
        XCTAssertEqual(statuses.last, 429)
    }

    func testStaleIfMatchIs412AndMissingIs428() async throws { try await staleIfMatchIs412AndMissingIs428(on: .geoPackage) }

    func testStaleIfMatchIs412AndMissingIs428OnPostGIS() async throws { try await staleIfMatchIs412AndMissingIs428(on: .postGIS) }

    func staleIfMatchIs412AndMissingIs428(on kind: TestStoreKind) async throws {
        let store = try shippedStore(kind)
        let admin = try ServerUsers.add("root", role: "admin", store: store)
        let server = try ServedStore(store: store)
        let id = try ServerUsers.parcelIds(store)[2]
        let read = try await server.parcel(id)
        let first = try await server.change(id, to: "disputed", date: ServedStore.today, etag: read.etag, token: admin)
        XCTAssertEqual(first.status, 201, first.text)
        let stale = try await server.change(id, to: read.status == "handed_over" ? "compensated" : "handed_over", date: ServedStore.today,
                                            etag: read.etag, token: admin, reason: "test")
        XCTAssertEqual(stale.status, 412, stale.text)
        XCTAssertEqual(stale.json["status_now"] as? String, "disputed", "412 carries the current state")
        XCTAssertEqual(stale.headers["etag"], first.headers["etag"])
        let missing = try await server.change(id, to: "handed_over", date: ServedStore.today, etag: nil, token: admin)
        XCTAssertEqual(missing.status, 428)
        let now = try await server.parcel(id)
        XCTAssertEqual(now.etag, first.headers["etag"], "refused writes changed the parcel")
    }

    func testRefusedChangesAreClientErrors() async throws { try await refusedChangesAreClientErrors(on: .geoPackage) }

    func testRefusedChangesAreClientErrorsOnPostGIS() async throws { try await refusedChangesAreClientErrors(on: .postGIS) }

    func refusedChangesAreClientErrors(on kind: TestStoreKind) async throws {
        let store = try shippedStore(kind)
        let admin = try ServerUsers.add("root", role: "admin", store: store)
        let server = try ServedStore(store: store)
        let id = try ServerUsers.parcelIds(store)[3]
        let p = try await server.parcel(id)
        let future = try await server.change(id, to: "disputed", date: "2999-01-01", etag: p.etag, token: admin)
        XCTAssertEqual(future.status, 409, future.text)
        XCTAssertTrue((future.json["error"] as? String ?? "").contains("after today"))
        let badStatus = try await server.change(id, to: "paved", date: ServedStore.today, etag: p.etag, token: admin)
        XCTAssertEqual(badStatus.status, 400)
        XCTAssertEqual(badStatus.json["parameter"] as? String, "status")
        let badDate = try await server.change(id, to: "disputed", date: "soon", etag: p.etag, token: admin)
        XCTAssertEqual(badDate.json["parameter"] as? String, "date")
        let unknown = try await server.change("NO-SUCH-PARCEL", to: "disputed", date: ServedStore.today, etag: "\"0\"", token: admin)
        XCTAssertEqual(unknown.status, 404, unknown.text)
        let huge = try await server.post("/api/v1/parcels/\(id)/events", json: ["status": "disputed", "date": ServedStore.today,
                                                                                "note": String(repeating: "x", count: 200_000)],
                                          headers: ["Authorization": "Bearer \(admin)", "If-Match": p.etag])
        XCTAssertEqual(huge.status, 413)
        let after = try await server.parcel(id)
        XCTAssertEqual(after.etag, p.etag)
    }

    func testAVoidIsRecordedAsTheTokensUserAndAuditedOnce() async throws { try await aVoidIsRecordedAsTheTokensUserAndAuditedOnce(on: .geoPackage) }

    func testAVoidIsRecordedAsTheTokensUserAndAuditedOnceOnPostGIS() async throws { try await aVoidIsRecordedAsTheTokensUserAndAuditedOnce(on: .postGIS) }

    func aVoidIsRecordedAsTheTokensUserAndAuditedOnce(on kind: TestStoreKind) async throws {
        let store = try shippedStore(kind)
        let admin = try ServerUsers.add("root", role: "admin", store: store)
        let server = try ServedStore(store: store)
        let id = try ServerUsers.parcelIds(store)[4]
        let p = try await server.parcel(id)
        let wrong = try await server.change(id, to: "disputed", date: ServedStore.today, etag: p.etag, token: admin, note: "typo")
        XCTAssertEqual(wrong.status, 201, wrong.text)
        let etag = try XCTUnwrap(wrong.headers["etag"])
        let seq = Int(etag.trimmingCharacters(in: CharacterSet(charactersIn: "\""))) ?? 0
        let headers = ["Authorization": "Bearer \(admin)", "If-Match": etag]
        let noReason = try await server.post("/api/v1/parcels/\(id)/events/\(seq)/void", json: [:], headers: headers)
        XCTAssertEqual(noReason.status, 409, noReason.text)
        let void = try await server.post("/api/v1/parcels/\(id)/events/\(seq)/void", json: ["reason": "entered on the wrong parcel"], headers: headers)
        XCTAssertEqual(void.status, 201, void.text)
        XCTAssertEqual(void.json["status_now"] as? String, p.status, "the void restores the status before the typo")
        let rows = try XCTUnwrap(void.json["rows"] as? [[String: Any]])
        XCTAssertEqual(rows.last?["kind"] as? String, "void")
        XCTAssertEqual(rows.last?["by"] as? String, "root")
        let again = try await server.post("/api/v1/parcels/\(id)/events/\(seq)/void", json: ["reason": "again"],
                                          headers: ["Authorization": "Bearer \(admin)", "If-Match": try XCTUnwrap(void.headers["etag"])])
        XCTAssertEqual(again.status, 409, again.text)
        let log = try await server.send("GET", "/api/v1/audit", headers: ["Authorization": "Bearer \(admin)"])
        let actions = (log.json["rows"] as? [[String: Any]] ?? []).compactMap { $0["action"] as? String }
        XCTAssertEqual(actions, ["void", "status_change"])
    }

    func testSIGTERMLetsWritesFinishAndHandsTheStoreBack() async throws {
        let (_, store) = try ShippedStore.copy()
        let admin = try ServerUsers.add("root", role: "admin", store: store)
        let ids = Array(try ServerUsers.parcelIds(store).prefix(80))
        let server = try ServedStore(store: store)
        let acknowledged = Acknowledged()
        let writers = Task.detached { [server, admin, ids, acknowledged] in
            await ConcurrentWriteTests.writeUntilKilled(server, token: admin, ids: ids, into: acknowledged)
        }
        while await acknowledged.count < 50 { try await Task.sleep(nanoseconds: 20_000_000) }
        server.running.process.terminate()
        server.running.process.waitUntilExit()
        await writers.value
        XCTAssertEqual(server.running.process.terminationStatus, 0, server.running.output().stderr)
        XCTAssertTrue(server.running.output().stderr.contains("closed"), "the store was not closed")
        let mode = try await DatabaseQueue(path: store).read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") }
        XCTAssertEqual(mode, "delete", "the store is handed back in rollback-journal mode")
        let all = await acknowledged.all
        let store2 = try PlanningStores.open(at: store)
        for (id, note) in all {
            let entries = try store2.ledger(parcelId: id).entries
            XCTAssertTrue(entries.contains { $0.event?.note == note }, "\(id) \(note) lost")
        }
    }
}
