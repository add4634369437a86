import Foundation
import Planner
@testable import PlannerPostGIS
import TestSupport
import XCTest

/// Recording and voiding clearance on the PostGIS store: the same rules as on the
/// GeoPackage store, entries appended (never changed), concurrent writers serialized by the
/// parcel's row lock with no lost or duplicated entry.
final class PostGISClearanceRecordingTests: PostGISShippedStoreTestCase {
    /// A parcel with nothing recorded yet.
    private func openParcel() throws -> Parcel {
        try XCTUnwrap(try store.parcels().first { $0.ledgerEntries.isEmpty && $0.retiredOn == nil })
    }

    func testARecordedChangeIsAppendedAndAVoidKeepsTheEntry() throws {
        let parcel = try openParcel()
        let before = try store.ledger(parcelId: parcel.id)
        let day = try LocalDate(iso: "2026-10-02")
        let (outcome, ledger) = try store.recordClearance(
            parcelId: parcel.id, ClearanceEvent(status: .inventoried, date: day, by: "Ban GPMB huyện Tiên Lãng"), reason: nil)
        guard case .record(let entry) = outcome else { return XCTFail("not recorded: \(outcome)") }
        XCTAssertEqual(entry.seq, before.version + 1)
        XCTAssertEqual(try store.ledger(parcelId: parcel.id), ledger)
        XCTAssertEqual(try store.clearanceRecords(asOf: day, level: nil, parkIds: nil).first { $0.id == parcel.id }?.status, .inventoried)

        let (void, voided) = try store.voidClearance(parcelId: parcel.id, seq: entry.seq, reason: "wrong parcel", by: "Ban GPMB")
        XCTAssertEqual(void.voidedSeq, entry.seq)
        XCTAssertEqual(voided.entries.count, before.entries.count + 2, "the voided entry stays in the ledger")
        XCTAssertEqual(try store.ledger(parcelId: parcel.id), voided)
        XCTAssertEqual(try store.clearanceRecords(asOf: day, level: nil, parkIds: nil).first { $0.id == parcel.id }?.status, .notStarted)
    }

    func testAnUnknownParcelIsRefusedAndNothingIsWritten() throws {
        let count = try PostGISTestDatabase.query(url, "SELECT count(*)::text FROM clearance_events")
        XCTAssertThrowsError(try store.recordClearance(
            parcelId: "NO-SUCH", ClearanceEvent(status: .inventoried, date: try LocalDate(iso: "2026-10-02"), by: "Ban GPMB"), reason: nil)) {
            XCTAssertTrue("\($0)".contains("no parcel with id \"NO-SUCH\""), "\($0)")
        }
        XCTAssertEqual(try PostGISTestDatabase.query(url, "SELECT count(*)::text FROM clearance_events"), count)
    }

    func testConcurrentWritersOnTheirOwnConnectionsLoseAndDuplicateNothing() throws {
        let parcel = try openParcel()
        let writers = 8
        let statuses: [ClearanceStatus] = [.inventoried, .planApproved, .compensated, .handedOver]
        let failures = CollectedFailures()
        let url = url
        DispatchQueue.concurrentPerform(iterations: writers) { i in
            do {
                let own = try PostGISStore.open(try PostGISLocation(url))
                let event = ClearanceEvent(status: statuses[i % statuses.count], date: try LocalDate(iso: "2026-10-0\(i + 1)"),
                                           by: "writer \(i)")
                _ = try own.recordClearance(parcelId: parcel.id, event, reason: "test writer \(i)")
            } catch {
                failures.add("\(error)")
            }
        }
        let ledger = try store.ledger(parcelId: parcel.id)
        XCTAssertEqual(ledger.entries.map(\.seq), Array(1...max(1, ledger.version)).prefix(ledger.entries.count).map { $0 },
                       "seqs are 1, 2, … with no gap or duplicate")
        // Each writer either appended its entry or was refused by the rules: none lost.
        XCTAssertEqual(ledger.version + failures.count, writers, "written \(ledger.version), refused: \(failures.all)")
        XCTAssertGreaterThan(ledger.version, 0)
        for message in failures.all { XCTAssertFalse(message.contains("duplicate key"), message) }
    }
}

/// Messages collected from concurrent writers.
final class CollectedFailures: @unchecked Sendable {
    private let lock = NSLock()
    private var messages: [String] = []
    func add(_ m: String) { lock.lock(); messages.append(m); lock.unlock() }
    var all: [String] { lock.lock(); defer { lock.unlock() }; return messages }
    var count: Int { all.count }
}
