import Geo
import Testing
@testable import Planner

/// The clearance query answers the same from lean records as from whole parcels.
@Suite struct ClearanceRecordQueryTests {
    typealias F = QueryFixtures
    typealias T = ClearanceProgressQueryTests

    static let groupings: [ClearanceGrouping] = [.park, .unit(.commune), .unitAndPark(.commune)]

    @Test func recordsOfTheParcelsGiveTheSameAnswer() throws {
        let outside = F.parcel("P3", park: nil, F.box(90, 150, 110, 160), history: [(.handedOver, "2024-01-01")], households: 4)
        let shared = F.parcel("P4", park: "K", F.box(0, 0, 10, 10), history: [(.disputed, "2024-02-01")], plannedHandover: "2024-03-01",
                              units: [UnitShare(unitId: "A", unitName: "Unit A", level: .commune, areaM2: 100, share: 1)])
        let data = PlanningData(parks: T.data.parks, parcels: T.data.parcels + [outside, shared], units: T.units)
        for grouping in Self.groupings {
            for day in ["2024-01-01", "2024-04-30", "2024-05-01", "2025-01-01"] {
                let query = ClearanceProgressQuery(asOf: F.date(day), grouping: grouping)
                let records = data.parcels.map { ParcelClearanceRecord($0, asOf: F.date(day), level: grouping.level) }
                let fromRecords = try query.run(records, units: grouping.level.map { data.units(at: $0) } ?? [])
                #expect(fromRecords == (try query.run(data)), "\(grouping) on \(day)")
            }
        }
    }

    @Test func aRecordWithNoShareIsApportionedFromItsBoundary() throws {
        let record = ParcelClearanceRecord(id: "P1", parkId: "K", areaM2: 10_000, status: .handedOver, boundary: F.box(0, 0, 100, 100))
        let progress = try ClearanceProgressQuery(asOf: F.date("2024-05-01"), grouping: .unit(.commune)).run([record], units: T.units)
        let a = try #require(progress.rows.first { $0.unitId == "A" })
        let b = try #require(progress.rows.first { $0.unitId == "B" })
        #expect(abs(a.areaM2 - 3_000) < 1e-6 && abs(b.areaM2 - 7_000) < 1e-6)
        #expect(abs(a.parcels - 0.3) < 1e-12)
    }

    @Test func aRecordWithNoShareAndNoBoundaryLiesInNoUnit() throws {
        let record = ParcelClearanceRecord(id: "P1", parkId: "K", areaM2: 50, status: .inventoried)
        let progress = try ClearanceProgressQuery(asOf: F.date("2024-05-01"), grouping: .unit(.commune)).run([record], units: T.units)
        #expect(progress.rows.count == 1)
        #expect(progress.rows[0].unitId == nil && progress.rows[0].areaM2 == 50)
    }

    @Test func theParkFilterAppliesToRecords() throws {
        let records = [ParcelClearanceRecord(id: "P1", parkId: "K", areaM2: 10, status: .handedOver),
                       ParcelClearanceRecord(id: "P2", parkId: "L", areaM2: 20, status: .handedOver)]
        let progress = try ClearanceProgressQuery(asOf: F.date("2024-05-01"), grouping: .park, parkIds: ["L"]).run(records, units: [])
        #expect(progress.rows.map(\.parkId) == ["L"])
        #expect(progress.totals.areaM2 == 20)
    }
}
