import Foundation
import Geo
import Planner
import PlannerApp
@testable import PlannerPostGIS
import TestSupport
import XCTest

/// The served record on PostGIS: users, revocation, the audited version-checked writes,
/// the append-only audit log, the map window and the ledger's change feed, answering as
/// the GeoPackage store does.
final class PostGISAccessTests: PostGISShippedStoreTestCase {
    private func activeParcels() throws -> [Parcel] {
        try store.parcels().filter { $0.retiredOn == nil }
    }

    private static let source = AuditSource(user: "root", requestId: "req-1", remoteAddress: "127.0.0.1")

    func testUsersAreKeptAsOnTheGeoPackage() throws {
        let gpkg = try PlanningStores.openAccess(at: try ShippedStore.copy().store)
        let unit = try XCTUnwrap(try store.units(level: .district).first)
        let t = RecordedTime(milliseconds: 1_790_000_000_123)
        let users = [ServiceUser(name: "admin", role: .admin, createdAt: t),
                     ServiceUser(name: "gpmb", role: .board, units: [UnitReference(level: .district, id: unit.id)], createdAt: t)]
        let stores: [any AccessStorage] = [gpkg, store]
        for s in stores {
            for (i, u) in users.enumerated() { try s.addUser(u, tokenHash: "hash\(i)") }
        }
        XCTAssertEqual(try store.users(), users)
        XCTAssertEqual(try store.users(), try gpkg.users())
        XCTAssertEqual(try store.user(tokenHash: "hash1"), users[1])
        XCTAssertNil(try store.user(tokenHash: "no-such-hash"))
        XCTAssertThrowsError(try store.addUser(users[0], tokenHash: "other")) { XCTAssertTrue("\($0)".contains("exists"), "\($0)") }
        let revoked = try store.revokeUser(name: "gpmb")
        XCTAssertNotNil(revoked.revokedAt)
        XCTAssertEqual(try store.user(tokenHash: "hash1")?.revokedAt, revoked.revokedAt)
        XCTAssertEqual(try store.revokeUser(name: "gpmb").revokedAt, revoked.revokedAt, "revoking twice keeps the first moment")
        XCTAssertThrowsError(try store.revokeUser(name: "nobody")) { XCTAssertTrue($0 is NotStored, "\($0)") }
    }

    func testAnAuditedWriteChecksTheVersionAndTheAuditLogIsAppendOnly() throws {
        let id = try XCTUnwrap(try activeParcels().first { $0.clearance.current != .disputed }?.id)
        let ledger = try store.ledger(parcelId: id)
        let event = ClearanceEvent(status: .disputed, date: .today, by: "root")
        XCTAssertThrowsError(try store.recordClearance(parcelId: id, event, reason: nil, expectedVersion: ledger.version + 1, audit: Self.source)) {
            XCTAssertEqual(($0 as? LedgerVersionConflict)?.current, ledger, "\($0)")
        }
        XCTAssertEqual(try store.auditEntries(limit: 10), [])
        let (_, after) = try store.recordClearance(parcelId: id, event, reason: nil, expectedVersion: ledger.version, audit: Self.source)
        XCTAssertGreaterThan(after.version, ledger.version)
        XCTAssertEqual(try store.ledger(parcelId: id), after)
        let audit = try store.auditEntries(limit: 10)
        XCTAssertEqual(audit.count, 1)
        XCTAssertEqual(audit.first?.user, "root")
        XCTAssertEqual(audit.first?.requestId, "req-1")
        XCTAssertEqual(audit.first?.before, ParcelClearanceState(ledger))
        XCTAssertEqual(audit.first?.after, ParcelClearanceState(after))
        XCTAssertEqual(audit.first?.at, after.entries.last?.recordedAt)
        // The same write again with the version read before: refused, nothing written.
        XCTAssertThrowsError(try store.recordClearance(parcelId: id, event, reason: nil, expectedVersion: ledger.version, audit: Self.source))
        XCTAssertEqual(try store.ledger(parcelId: id), after)
        XCTAssertEqual(try store.auditEntries(limit: 10).count, 1)
        XCTAssertThrowsError(try store.unitShares(parcelId: "NO-SUCH")) { XCTAssertTrue($0 is NotStored, "\($0)") }
        for sql in ["UPDATE audit_log SET user_name = 'x'", "DELETE FROM audit_log", "TRUNCATE audit_log"] {
            XCTAssertThrowsError(try PostGISTestDatabase.query(url, sql)) { XCTAssertTrue("\($0)".contains("append-only"), "\(sql): \($0)") }
        }
        XCTAssertEqual(try PostGISTestDatabase.query(url, "SELECT user_name FROM audit_log"), ["root"])
    }

    func testAWindowReadsWhatTheGeoPackageReads() throws {
        let gpkg = try XCTUnwrap(try ShippedStore.open() as? any WindowReading)
        let parcels = try activeParcels()
        let window = try XCTUnwrap(parcels.prefix(30).compactMap(\.boundary.envelope).reduce(nil as Envelope?) { e, b in
            guard let e else { return b }
            return Envelope(minX: min(e.minX, b.minX), minY: min(e.minY, b.minY), maxX: max(e.maxX, b.maxX), maxY: max(e.maxY, b.maxY))
        })
        let day = try LocalDate(iso: "2026-06-30")
        let here = try store.parcels(within: window, asOf: day), there = try gpkg.parcels(within: window, asOf: day)
        XCTAssertGreaterThanOrEqual(here.count, 30)
        XCTAssertLessThan(here.count, parcels.count, "the window holds only the parcels meeting it")
        XCTAssertEqual(here.map(\.id), there.map(\.id))
        XCTAssertEqual(here.map(\.status), there.map(\.status))
        XCTAssertEqual(here.map(\.statusSince), there.map(\.statusSince))
        XCTAssertEqual(here.map(\.ledger), there.map(\.ledger))
        XCTAssertEqual(here.map(\.boundary), there.map(\.boundary))
    }

    func testTheLedgerChangesFollowTheWritesOfAnotherConnection() throws {
        let other = try PostGISStore.open(try PostGISLocation(url))
        let mark = try store.ledgerMark()
        XCTAssertEqual(try store.ledgerChanges(since: mark), LedgerChanges(mark: mark, parcelIds: [], lastSeqs: []))
        let ids = try activeParcels().filter { $0.clearance.current != .disputed }.prefix(2).map(\.id)
        XCTAssertEqual(ids.count, 2)
        _ = try other.recordClearance(parcelId: ids[1], ClearanceEvent(status: .disputed, date: .today, by: "other"), reason: nil)
        let v = try other.ledger(parcelId: ids[0]).version
        _ = try other.recordClearance(parcelId: ids[0], ClearanceEvent(status: .disputed, date: .today, by: "root"), reason: nil,
                                      expectedVersion: v, audit: Self.source)
        XCTAssertThrowsError(try other.recordClearance(parcelId: ids[0], ClearanceEvent(status: .inventoried, date: .today, by: "root"),
                                                       reason: "x", expectedVersion: v, audit: Self.source))
        let changes = try store.ledgerChanges(since: mark)
        XCTAssertEqual(changes.parcelIds, ids.sorted())
        XCTAssertEqual(changes.lastSeqs, try ids.sorted().map { try XCTUnwrap(other.ledger(parcelId: $0).entries.last?.seq) },
                       "each parcel's last entry")
        XCTAssertEqual(changes.mark, mark + 2, "one tick a committed write; the refused one left none")
        XCTAssertEqual(try store.ledgerMark(), changes.mark)
        XCTAssertEqual(try store.ledgerChanges(since: changes.mark).parcelIds, [])
        XCTAssertEqual(try store.ledgerChanges(since: mark + 1).parcelIds, [ids[0]])
    }

    func testACopyCarriesTheUsersAndTheAuditLog() throws {
        let path = try ShippedStore.copy().store
        let gpkg = try PlanningStores.openAccess(at: path)
        try gpkg.addUser(ServiceUser(name: "root", role: .admin, createdAt: .now), tokenHash: "root-hash")
        let parcels = try PlanningStores.open(at: path)
        let id = try XCTUnwrap(try parcels.parcels().first { $0.retiredOn == nil && $0.clearance.current != .disputed }?.id)
        let version = try parcels.ledger(parcelId: id).version
        _ = try gpkg.recordClearance(parcelId: id, ClearanceEvent(status: .disputed, date: .today, by: "root"), reason: nil,
                                     expectedVersion: version, audit: Self.source)
        let target = TestPostgres.schema(of: try PostGISTestDatabase.url())
        defer { PostGISTestDatabase.drop(target) }
        let copy = try PlanningStores.createDatabase(at: target)
        try copy.copy(from: try PlanningStores.open(at: path))
        XCTAssertEqual(try copy.users(), try gpkg.users())
        XCTAssertEqual(try copy.user(tokenHash: "root-hash")?.name, "root", "the token signs in on the copy")
        XCTAssertEqual(try copy.auditEntries(limit: 100), try gpkg.auditEntries(limit: 100))
        XCTAssertEqual(try copy.auditEntries(limit: 100).count, 1)
    }
}
