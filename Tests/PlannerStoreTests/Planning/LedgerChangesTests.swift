import Foundation
import Planner
import PlannerStore
import TestSupport
import XCTest

/// The GeoPackage store's ledger change feed: a served store (WAL pool) sees the writes of
/// a second handle on the same file, as the CLI beside a server makes them.
final class LedgerChangesTests: XCTestCase {
    func testTheFeedFollowsTheWritesOfAnotherHandle() throws {
        let path = try ShippedStore.copy().store
        let served = try PlanningStore.openShared(at: path)
        defer { try? served.close() }
        let mark = try served.ledgerMark()
        XCTAssertEqual(try served.ledgerChanges(since: mark), LedgerChanges(mark: mark, parcelIds: [], lastSeqs: []))
        let other = try PlanningStore.open(at: path)
        let ids = try other.parcels().filter { $0.retiredOn == nil && $0.clearance.current != .disputed }.prefix(3).map(\.id)
        XCTAssertEqual(ids.count, 3)
        for id in ids.reversed() {
            _ = try other.recordClearance(parcelId: id, ClearanceEvent(status: .disputed, date: .today, by: "other"), reason: nil)
        }
        let changes = try served.ledgerChanges(since: mark)
        XCTAssertEqual(changes.parcelIds, ids.sorted())
        XCTAssertEqual(changes.lastSeqs, try ids.sorted().map { try XCTUnwrap(other.ledger(parcelId: $0).entries.last?.seq) },
                       "each parcel's last entry, the one just written")
        XCTAssertGreaterThan(changes.mark, mark)
        XCTAssertEqual(try served.ledgerMark(), changes.mark)
        XCTAssertEqual(try served.ledgerChanges(since: changes.mark).parcelIds, [], "nothing new since the mark")
        XCTAssertEqual(try served.ledgerChanges(since: changes.mark - 1).parcelIds, [ids[0]], "the last write alone")
        _ = try other.recordClearance(parcelId: ids[0], ClearanceEvent(status: .inventoried, date: .today, by: "other"), reason: "again")
        _ = try other.recordClearance(parcelId: ids[0], ClearanceEvent(status: .disputed, date: .today, by: "other"), reason: "again")
        let twice = try served.ledgerChanges(since: changes.mark)
        XCTAssertEqual(twice.parcelIds, [ids[0]], "two writes of one parcel: the parcel once")
        XCTAssertEqual(twice.lastSeqs, [try XCTUnwrap(changes.lastSeqs[changes.parcelIds.firstIndex(of: ids[0])!]) + 2], "its last seq")
    }
}
