import Geo
import Testing
@testable import Planner

@Suite struct UtilityPlanningCheckTests {
    typealias F = QueryFixtures

    static func task(_ number: String, _ section: TaskSection, parks: [String]) -> PlanTask {
        PlanTask(part: "B", number: number, groupTitle: nil, content: "", leadAgency: "Sở Công Thương", partnerAgencies: "",
                 period: TaskPeriod("2022- 2025"), funding: "", section: section, parkIds: parks)
    }

    static let parks = [F.park("A", F.box(0, 0, 100, 100)), F.park("B", F.box(1_000, 0, 1_100, 100))]
    static let parcels = [
        F.parcel("A-1", park: "A", F.box(0, 0, 50, 100), history: [(.inventoried, "2025-01-01")]),
        F.parcel("A-2", park: "A", F.box(50, 0, 100, 100), history: [(.handedOver, "2025-01-01")]),
    ]
    static let works = [
        // A substation planned on the uncleared parcel A-1.
        InfrastructureWork(id: "TBA-A", utility: .power, status: .planned, operationalFrom: F.date("2027-01-01"),
                           footprint: .point(Point(x: 25, y: 50)), serviceRadiusM: 500, parkId: "A"),
        // A planned mast on the cleared parcel A-2: no conflict.
        InfrastructureWork(id: "BTS-A", utility: .telecom, status: .planned, footprint: .point(Point(x: 75, y: 50)), serviceRadiusM: 50),
        // A water main serving B (no park id) that is already in service.
        InfrastructureWork(id: "W-B", utility: .water, status: .operational, footprint: F.box(900, -50, 1_200, 150)),
    ]

    @Test func parkWithNoWaterWorkAndNoWaterTaskIsListed() throws {
        let tasks = [Self.task("12.1", .telecom, parks: ["B"]), Self.task("11.1", .water, parks: [])]
        let data = PlanningData(parks: Self.parks, parcels: Self.parcels, works: Self.works, tasks: tasks)
        let report = try UtilityPlanningCheck(asOf: F.date("2026-09-30")).run(data)
        #expect(report.missing == [MissingUtilityPlan(parkId: "A", utility: .water), MissingUtilityPlan(parkId: "B", utility: .power)])
        let withTask = PlanningData(parks: Self.parks, parcels: Self.parcels, works: Self.works,
                                    tasks: tasks + [Self.task("11.2", .water, parks: ["A"]), Self.task("10.1", .power, parks: ["B"])])
        #expect(try UtilityPlanningCheck(asOf: F.date("2026-09-30")).run(withTask).missing.isEmpty)
    }

    @Test func plannedWorkOnAnUnclearedParcelIsAConflict() throws {
        let data = PlanningData(parks: Self.parks, parcels: Self.parcels, works: Self.works)
        let report = try UtilityPlanningCheck(asOf: F.date("2026-09-30")).run(data)
        #expect(report.conflicts == [SchedulingConflict(workId: "TBA-A", utility: .power, status: .planned, parkId: "A",
                                                        operationalFrom: F.date("2027-01-01"), parcelIds: ["A-1"],
                                                        parcelAreaM2: 5_000, overlapAreaM2: 0)])
        // Measured by service area, the mast's 50 m circle also reaches A-1.
        let byService = try UtilityPlanningCheck(asOf: F.date("2026-09-30"), site: .serviceArea).run(data).conflicts
        #expect(byService.map(\.workId) == ["TBA-A", "BTS-A"])
        #expect(byService[0].overlapAreaM2 == 5_000)
        #expect(byService[1].overlapAreaM2 > 0 && byService[1].overlapAreaM2 < 5_000)
        // Once A-1 is handed over there is nothing left to clear.
        var cleared = Self.parcels
        cleared[0].clearance = try cleared[0].clearance.recording(ClearanceEvent(status: .handedOver, date: F.date("2026-01-01")))
        let later = PlanningData(parks: Self.parks, parcels: cleared, works: Self.works)
        #expect(try UtilityPlanningCheck(asOf: F.date("2026-09-30")).run(later).conflicts.isEmpty)
        #expect(try UtilityPlanningCheck(asOf: F.date("2025-12-31"), threads: 1).run(later).conflicts.map(\.workId) == ["TBA-A"])
    }
}
