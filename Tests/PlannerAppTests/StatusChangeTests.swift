import Foundation
import Planner
import PlannerApp
import Testing
import TestSupport

/// Recording a status change through the use case, on a private copy of the shipped store.
@Suite struct StatusChangeTests {
    @Test func aHandOverIsAppendedAndCountsInTheProgress() throws {
        let (_, path) = try ShippedStore.copy()
        let store = try PlanningStores.open(at: path)
        let day = try LocalDate(iso: "2026-11-20")
        let before = try ClearanceProgressReport(asOf: day).run(store).result.totals
        let parcel = try #require(try store.parcels().first { $0.clearance.current != .handedOver && $0.clearance.current != .disputed })
        let history = try StatusChange(parcelId: " \(parcel.id) ", event: ClearanceEvent(status: .handedOver, date: day, by: "Ban GPMB"))
            .record(in: store).ledger.history()
        #expect(history.current == .handedOver)
        #expect(history.events.count == parcel.clearance.events.count + 1)
        let after = try ClearanceProgressReport(asOf: day).run(store).result.totals
        #expect(abs(after.clearedAreaM2 - before.clearedAreaM2 - parcel.areaM2) < 1e-6)
    }
}
