import Foundation
import Testing
@testable import Planner
@testable import PlannerStore

@Suite struct ClearanceRecordingTests {
    private func storeWithOneParcel() throws -> (TemporaryGeoPackage, PlanningStore) {
        let tmp = try TemporaryGeoPackage()
        let store = try PlanningStore.create(at: tmp.path)
        let file = tmp.directory.appendingPathComponent("parcels.geojson")
        try Data(#"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"id":"P-1","park":"x","land_use":"LUC","clearance":"inventoried","clearance_date":"2024-03-01"},"geometry":{"type":"Polygon","coordinates":[[[106.68,20.86],[106.681,20.86],[106.681,20.861],[106.68,20.861],[106.68,20.86]]]}}]}"#.utf8).write(to: file)
        _ = try store.importFile(file, as: .parcels)
        return (tmp, store)
    }

    @Test func changesAreAppendedAndPastDatesStillAnswer() throws {
        let (tmp, store) = try storeWithOneParcel()
        _ = tmp
        let d = { (s: String) in try LocalDate(iso: s) }
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
    }

    @Test func anEventBeforeTheLastIsRefused() throws {
        let (tmp, store) = try storeWithOneParcel()
        _ = tmp
        #expect(throws: StoreError.self) {
            try store.recordClearance(parcelId: "P-1", ClearanceEvent(status: .compensated, date: try LocalDate(iso: "2023-01-01")))
        }
        #expect(try store.parcels().first?.clearance.events.count == 1)
    }

    @Test func anUnknownParcelIsRefused() throws {
        let (tmp, store) = try storeWithOneParcel()
        _ = tmp
        #expect(throws: StoreError.self) {
            try store.recordClearance(parcelId: "P-404", ClearanceEvent(status: .handedOver, date: try LocalDate(iso: "2025-01-01")))
        }
    }
}
