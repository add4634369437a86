import Geo
import Testing
@testable import Planner

/// Scheduling conflicts as the plans mean them, on a hand-made case of 4 works (one
/// already in service) and 12 parcels whose delays were worked out by hand.
@Suite struct HandoverDelayTests {
    typealias F = QueryFixtures

    static func task(_ part: String, _ number: String, _ section: TaskSection) -> PlanTask {
        PlanTask(part: part, number: number, groupTitle: nil, content: "", leadAgency: "Sở Công Thương", partnerAgencies: "",
                 period: TaskPeriod("2026"), funding: "", section: section, parkIds: [])
    }

    static let data: PlanningData = {
        let p = F.box(0, 0, 1000, 1000), q = F.box(2000, 0, 3000, 1000)
        let parcels = [
            F.parcel("P1", park: "P", F.box(0, 0, 10, 10), plannedHandover: "2026-07-10"),                 // 10 days, planned
            F.parcel("P2", park: "P", F.box(20, 0, 30, 10), plannedHandover: "2026-06-30"),                // on the day: none
            F.parcel("P3", park: "P", F.box(40, 0, 50, 10), history: [(.handedOver, "2026-08-01")],
                     plannedHandover: "2026-05-01"),                                                         // 32 days, actual
            F.parcel("P4", park: "P", F.box(60, 0, 70, 10), history: [(.handedOver, "2026-03-01")]),      // before: none
            F.parcel("P5", park: "P", F.box(80, 0, 90, 10)),                                                // unknown
            F.parcel("P6", park: "P", F.box(100, 0, 110, 10), history: [(.handedOver, "2026-10-15")],
                     plannedHandover: "2026-12-31"),                                                         // after the day: planned, 184
            F.parcel("Q1", park: "Q", F.box(2000, 0, 2010, 10), plannedHandover: "2027-01-01"),            // 1 day
            F.parcel("Q2", park: "Q", F.box(2020, 0, 2030, 10), plannedHandover: "2026-12-01"),            // none
            F.parcel("Q3", park: "Q", F.box(2040, 0, 2050, 10), plannedHandover: "2027-06-30"),            // 181 days
            F.parcel("R1", park: nil, F.box(400, 2400, 450, 2450), plannedHandover: "2027-04-10"),         // in W3's area: 10 days
            F.parcel("R2", park: nil, F.box(600, 2550, 620, 2570), plannedHandover: "2027-03-01"),         // in W3's area: none
            F.parcel("R3", park: nil, F.box(5000, 5000, 5010, 5010), plannedHandover: "2028-01-01"),       // outside W3's area
        ]
        let works = [
            InfrastructureWork(id: "W1", utility: .power, status: .planned, operationalFrom: F.date("2026-06-30"),
                               footprint: .point(Point(Coordinate(x: 500, y: 500))), serviceRadiusM: 100, parkId: "P", taskNumber: "10.1"),
            InfrastructureWork(id: "W2", utility: .water, status: .underConstruction, operationalFrom: F.date("2026-12-31"),
                               footprint: F.box(2400, 400, 2500, 500), parkId: "Q"),
            InfrastructureWork(id: "W3", utility: .telecom, status: .planned, operationalFrom: F.date("2027-03-31"),
                               footprint: .point(Point(Coordinate(x: 500, y: 2500))), serviceRadiusM: 300, taskNumber: "12.9"),
            InfrastructureWork(id: "W4", utility: .power, status: .operational, operationalFrom: F.date("2025-01-01"),
                               footprint: .point(Point(Coordinate(x: 100, y: 100))), serviceRadiusM: 100, parkId: "P"),
        ]
        return PlanningData(parks: [F.park("P", p), F.park("Q", q)], parcels: parcels, works: works,
                            tasks: [task("B", "10.1", .power), task("A", "1", .other)])
    }()

    @Test func delaysAreTheOnesWorkedOutByHandLongestFirst() throws {
        let report = try UtilityPlanningCheck(asOf: F.date("2026-09-30"), threads: 1).run(Self.data)
        let got = report.delays.map { "\($0.workId) \($0.parcelId) \($0.delayDays.map(String.init) ?? "?") \($0.source.rawValue)" }
        #expect(got == ["W1 P6 184 planned", "W2 Q3 181 planned", "W1 P3 32 actual", "W1 P1 10 planned", "W3 R1 10 planned",
                        "W2 Q1 1 planned", "W1 P5 ? unknown"])
        #expect(report.delays.first { $0.workId == "W1" }?.taskReference == "B.10.1")
        #expect(report.delays.first { $0.workId == "W3" }?.taskReference == nil)
        #expect(report.delays.first { $0.parcelId == "P6" }?.handover == F.date("2026-12-31"))
        #expect(report.delays.first { $0.parcelId == "Q3" }?.parkId == "Q")
        // Every thread count gives the same answer.
        #expect(try UtilityPlanningCheck(asOf: F.date("2026-09-30"), threads: 4).run(Self.data).delays == report.delays)
    }

    @Test func aLaterAsOfSeesTheActualHandover() throws {
        // On 2026-10-20 P6 is handed over (2026-10-15): 107 days after W1's day, actual.
        let report = try UtilityPlanningCheck(asOf: F.date("2026-10-20"), threads: 1).run(Self.data)
        let p6 = try #require(report.delays.first { $0.parcelId == "P6" })
        #expect(p6.delayDays == 107 && p6.source == .actual)
    }

    @Test func taskNumbersJoinTheirPartQualifiedReference() {
        let join = TaskNumberJoin([Self.task("B", "10.1", .power), Self.task("A", "11.2", .water), Self.task("B", "11.2", .water)])
        #expect(join.reference(for: "10.1") == "B.10.1")
        #expect(join.reference(for: "b. 10.1.") == "B.10.1")
        #expect(join.reference(for: "B.10.1") == "B.10.1")
        #expect(join.reference(for: "11.2") == nil)           // two parts have it
        #expect(join.reference(for: "A.11.2") == "A.11.2")
        #expect(join.reference(for: "9.9") == nil)
    }
}
