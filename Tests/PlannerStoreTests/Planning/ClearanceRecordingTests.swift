import Foundation
import Testing
@testable import Planner
@testable import PlannerStore
import TestSupport

/// The ledger's rules as a writer meets them: each refusal writes nothing; voids keep the
/// voided event; answers can be asked as the record stood at an earlier moment.
@Suite struct ClearanceRecordingTests {
    private func storeWithOneParcel() throws -> (TemporaryGeoPackage, PlanningStore) {
        let tmp = try TemporaryGeoPackage()
        let store = try PlanningStore.create(at: tmp.path)
        let file = tmp.directory.appendingPathComponent("parcels.geojson")
        try Data(#"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"id":"P-1","park":"x","land_use":"LUC","clearance":"inventoried","clearance_date":"2024-03-01"},"geometry":{"type":"Polygon","coordinates":[[[106.68,20.86],[106.681,20.86],[106.681,20.861],[106.68,20.861],[106.68,20.86]]]}}]}"#.utf8).write(to: file)
        _ = try store.importFile(file, as: .parcels)
        return (tmp, store)
    }

    private func d(_ s: String) throws -> LocalDate { try LocalDate(iso: s) }

    private func entries(_ store: PlanningStore) throws -> Int { try store.ledger(parcelId: "P-1").entries.count }

    @Test func changesAreAppendedAndPastDatesStillAnswer() throws {
        let (tmp, store) = try storeWithOneParcel()
        _ = tmp
        try store.recordClearance(parcelId: "P-1", ClearanceEvent(status: .compensated, date: try d("2024-08-15"), by: "Ban GPMB", note: "đã chi trả"))
        try store.recordClearance(parcelId: "P-1", ClearanceEvent(status: .handedOver, date: try d("2024-09-20"), by: "Ban GPMB"))
        // Reopen: what was recorded is on disk.
        let reopened = try PlanningStore.open(at: store.path)
        let parcel = try #require(try reopened.parcels().first)
        #expect(parcel.clearance.events.count == 3)
        #expect(parcel.clearance.status(asOf: try d("2024-02-29")) == .notStarted)
        #expect(parcel.clearance.status(asOf: try d("2024-06-30")) == .inventoried)
        #expect(parcel.clearance.status(asOf: try d("2024-09-19")) == .compensated)
        #expect(parcel.clearance.status(asOf: try d("2024-09-30")) == .handedOver)
        #expect(parcel.clearance.events[1].note == "đã chi trả")
        #expect(parcel.ledgerEntries.allSatisfy { $0.recordedAt != nil })
    }

    @Test func anEventBeforeTheLastIsRefused() throws {
        let (tmp, store) = try storeWithOneParcel()
        _ = tmp
        #expect(throws: ClearanceRefusal.self) {
            try store.recordClearance(parcelId: "P-1", ClearanceEvent(status: .compensated, date: try d("2023-01-01"), by: "Ban GPMB"))
        }
        #expect(try entries(store) == 1)
    }

    @Test func aDayAfterTodayInVietnamIsRefused() throws {
        let (tmp, store) = try storeWithOneParcel()
        _ = tmp
        let tomorrow = LocalDate(daysSinceEpoch: LocalDate.today.daysSinceEpoch + 1)
        let refusal = try #require(throws: ClearanceRefusal.self) {
            try store.recordClearance(parcelId: "P-1", ClearanceEvent(status: .handedOver, date: tomorrow, by: "X"))
        }
        #expect(refusal.description.contains("after today"))
        #expect(throws: ClearanceRefusal.self) {
            try store.recordClearance(parcelId: "P-1", ClearanceEvent(status: .handedOver, date: try d("2030-01-01"), by: "X"))
        }
        #expect(try entries(store) == 1)
        #expect(try store.parcels().first?.clearance.current == .inventoried)
    }

    @Test func aDayBefore1990IsRefused() throws {
        let (tmp, store) = try storeWithOneParcel()
        _ = tmp
        let refusal = try #require(throws: ClearanceRefusal.self) {
            try store.recordClearance(parcelId: "P-1", ClearanceEvent(status: .handedOver, date: try d("1989-12-31"), by: "X"))
        }
        #expect(refusal.description.contains("1990-01-01"))
        #expect(try entries(store) == 1)
    }

    @Test(arguments: [nil, "", "   "])
    func anEmptyOrMissingByIsRefused(by: String?) throws {
        let (tmp, store) = try storeWithOneParcel()
        _ = tmp
        let refusal = try #require(throws: ClearanceRefusal.self) {
            try store.recordClearance(parcelId: "P-1", ClearanceEvent(status: .compensated, date: try d("2024-08-15"), by: by))
        }
        #expect(refusal.description.contains("--by"))
        #expect(try entries(store) == 1)
    }

    @Test func theStatusInForceAgainIsANoOpThatSaysSo() throws {
        let (tmp, store) = try storeWithOneParcel()
        _ = tmp
        let (outcome, ledger) = try store.recordClearance(parcelId: "P-1", ClearanceEvent(status: .inventoried, date: try d("2024-05-01"), by: "X"))
        #expect(outcome == .unchanged(.inventoried, since: try d("2024-03-01")))
        #expect(ledger.entries.count == 1)
        #expect(try entries(store) == 1)
    }

    @Test func aStatusGoingBackwardsNeedsAReason() throws {
        let (tmp, store) = try storeWithOneParcel()
        _ = tmp
        try store.recordClearance(parcelId: "P-1", ClearanceEvent(status: .handedOver, date: try d("2024-09-20"), by: "Ban GPMB"))
        let back = ClearanceEvent(status: .inventoried, date: try d("2024-10-01"), by: "Ban GPMB")
        let refusal = try #require(throws: ClearanceRefusal.self) { try store.recordClearance(parcelId: "P-1", back) }
        #expect(refusal.description.contains("--reason"))
        #expect(try entries(store) == 2)
        let (outcome, _) = try store.recordClearance(parcelId: "P-1", back, reason: "hand-over annulled by court ruling 12/2024")
        guard case .record(let entry) = outcome else { Issue.record("not recorded"); return }
        #expect(entry.reason == "hand-over annulled by court ruling 12/2024")
        #expect(try store.parcels().first?.clearance.current == .inventoried)
        // A dispute is no step back.
        try store.recordClearance(parcelId: "P-1", ClearanceEvent(status: .disputed, date: try d("2024-10-02"), by: "Ban GPMB"))
        try store.recordClearance(parcelId: "P-1", ClearanceEvent(status: .compensated, date: try d("2024-10-03"), by: "Ban GPMB"))
    }

    @Test func anUnknownParcelIsRefused() throws {
        let (tmp, store) = try storeWithOneParcel()
        _ = tmp
        #expect(throws: StoreError.self) {
            try store.recordClearance(parcelId: "P-404", ClearanceEvent(status: .handedOver, date: try d("2025-01-01"), by: "X"))
        }
    }

    @Test func aVoidKeepsTheEventAndTheRecordAsItWasStillAnswers() throws {
        let (tmp, store) = try storeWithOneParcel()
        _ = tmp
        // The typo of the issue: a hand-over dated 2026 instead of 2024, recorded by mistake.
        try store.recordClearance(parcelId: "P-1", ClearanceEvent(status: .handedOver, date: try d("2025-09-20"), by: "Ban GPMB"))
        #expect(throws: ClearanceRefusal.self) {
            try store.recordClearance(parcelId: "P-1", ClearanceEvent(status: .compensated, date: try d("2024-08-15"), by: "Ban GPMB"))
        }
        let beforeVoid = RecordedTime.now
        Thread.sleep(forTimeInterval: 0.01)
        let (void, ledger) = try store.voidClearance(parcelId: "P-1", seq: 2, reason: "wrong year", by: "Ban GPMB")
        #expect(void.voidedSeq == 2)
        #expect(ledger.entries.count == 3)
        #expect(ledger.entry(2)?.event?.status == .handedOver)
        try store.recordClearance(parcelId: "P-1", ClearanceEvent(status: .compensated, date: try d("2024-08-15"), by: "Ban GPMB"))
        let day = try d("2025-12-31")
        #expect(try store.clearanceRecords(asOf: day, level: nil).first?.status == .compensated)
        #expect(try store.asRecorded(beforeVoid).clearanceRecords(asOf: day, level: nil).first?.status == .handedOver)
        #expect(try store.asRecorded(beforeVoid).parcels().first?.clearance.current == .handedOver)
        // Voided twice, a void voided, no reason: refused.
        #expect(throws: ClearanceRefusal.self) { try store.voidClearance(parcelId: "P-1", seq: 2, reason: "again", by: "X") }
        #expect(throws: ClearanceRefusal.self) { try store.voidClearance(parcelId: "P-1", seq: 3, reason: "again", by: "X") }
        #expect(throws: ClearanceRefusal.self) { try store.voidClearance(parcelId: "P-1", seq: 4, reason: " ", by: "X") }
        #expect(throws: ClearanceRefusal.self) { try store.voidClearance(parcelId: "P-1", seq: 9, reason: "no such", by: "X") }
        #expect(try entries(store) == 4)
    }
}
