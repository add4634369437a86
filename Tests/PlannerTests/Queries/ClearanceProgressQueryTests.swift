import Foundation
import Geo
import Testing
@testable import Planner

@Suite struct ClearanceProgressQueryTests {
    typealias F = QueryFixtures
    static let history: [(ClearanceStatus, String)] = [(.inventoried, "2024-01-10"), (.compensated, "2024-03-01"), (.handedOver, "2024-05-01")]
    /// Unit A holds 30 % of the 100 × 100 parcel, unit B 70 %.
    static let units = [F.unit("A", F.box(0, 0, 30, 100)), F.unit("B", F.box(30, 0, 100, 200))]
    static let straddling = F.parcel("P1", park: "K", F.box(0, 0, 100, 100), history: history, plannedHandover: "2024-04-15",
                                     households: 10, planned: 1_000_000_000, paid: 400_000_000)
    static let late = F.parcel("P2", park: "K", F.box(40, 100, 50, 110), history: [(.inventoried, "2024-02-01")],
                               plannedHandover: "2024-04-01", households: 2)
    static let data = PlanningData(parks: [F.park("K", F.box(0, 0, 100, 200))], parcels: [straddling, late], units: units)

    static func row(_ progress: ClearanceProgress, unit: String?) throws -> ClearanceProgressRow {
        try #require(progress.rows.first { $0.unitId == unit })
    }

    @Test func straddlingParcelCountsInEachUnitByItsAreaShare() throws {
        let before = try ClearanceProgressQuery(asOf: F.date("2024-04-30"), grouping: .unit(.commune)).run(Self.data)
        #expect(before.rows.map(\.unitId) == ["A", "B"])
        #expect(try Self.row(before, unit: "A").clearedAreaM2 == 0)
        #expect(try Self.row(before, unit: "B").clearedAreaM2 == 0)
        #expect(try Self.row(before, unit: "A").areaByStatusM2[.compensated] == 3_000)

        let on = try ClearanceProgressQuery(asOf: F.date("2024-05-01"), grouping: .unit(.commune)).run(Self.data)
        let a = try Self.row(on, unit: "A"), b = try Self.row(on, unit: "B")
        #expect(a.unitName == "Unit A")
        #expect(a.clearedAreaM2 == 3_000 && b.clearedAreaM2 == 7_000)
        #expect(a.areaM2 == 3_000 && b.areaM2 == 7_100)
        #expect(a.percentCleared == 100)
        #expect(abs(b.percentCleared - 7_000.0 / 7_100 * 100) < 1e-9)
        #expect(abs(a.parcels - 0.3) < 1e-12 && abs(b.parcels - 1.7) < 1e-12)
        #expect(a.parcelsTouching == 1 && b.parcelsTouching == 2)
        #expect(abs(a.households - 3) < 1e-9 && abs(b.households - 9) < 1e-9)
        #expect(abs(a.compensationPlannedVND - 300_000_000) < 1e-3)
        #expect(abs(b.compensationPaidVND - 280_000_000) < 1e-3)
        #expect(b.areaByStatusM2[.inventoried] == 100)
        #expect(b.areaByStatusM2[.notStarted] == 0)
    }

    @Test func totalsByUnitEqualTotalsByPark() throws {
        // P3 lies half outside every unit: that half goes to a row with no unit.
        let outside = F.parcel("P3", park: nil, F.box(90, 150, 110, 160), history: [(.handedOver, "2024-01-01")], households: 4)
        let data = PlanningData(parks: Self.data.parks, parcels: Self.data.parcels + [outside], units: Self.units)
        let date = F.date("2024-05-01")
        let byUnit = try ClearanceProgressQuery(asOf: date, grouping: .unit(.commune)).run(data)
        let byPark = try ClearanceProgressQuery(asOf: date, grouping: .park).run(data)
        let both = try ClearanceProgressQuery(asOf: date, grouping: .unitAndPark(.commune)).run(data)
        #expect(byUnit.rows.map(\.unitId) == ["A", "B", nil])
        #expect(byPark.rows.map(\.parkId) == ["K", nil])
        #expect(both.rows.map { "\($0.unitId ?? "-")/\($0.parkId ?? "-")" } == ["A/K", "B/K", "B/-", "-/-"])
        #expect(byUnit.totals == byPark.totals && both.totals == byPark.totals)
        for progress in [byUnit, byPark, both] {
            let sum = progress.rows
            #expect(abs(sum.reduce(0) { $0 + $1.areaM2 } - progress.totals.areaM2) < 1e-6)
            #expect(abs(sum.reduce(0) { $0 + $1.clearedAreaM2 } - progress.totals.clearedAreaM2) < 1e-6)
            #expect(abs(sum.reduce(0) { $0 + $1.parcels } - 3) < 1e-12)
            #expect(abs(sum.reduce(0) { $0 + $1.households } - 16) < 1e-9)
        }
        #expect(byPark.totals.clearedAreaM2 == 10_200)
        #expect(byPark.totals.parcelsTouching == 3)
    }

    @Test func statusIsTakenFromTheHistoryOnTheDayAsked() throws {
        func status(_ iso: String) throws -> [ClearanceStatus] {
            let progress = try ClearanceProgressQuery(asOf: F.date(iso), grouping: .park).run(PlanningData(parcels: [Self.straddling]))
            return ClearanceStatus.allCases.filter { (progress.totals.areaByStatusM2[$0] ?? 0) > 0 }
        }
        #expect(try status("2023-12-31") == [.notStarted])
        #expect(try status("2024-01-10") == [.inventoried])
        #expect(try status("2024-02-15") == [.inventoried])
        #expect(try status("2024-03-01") == [.compensated])
        #expect(try status("2024-04-30") == [.compensated])
        #expect(try status("2024-05-01") == [.handedOver])
        #expect(try status("2030-01-01") == [.handedOver])
    }

    @Test func overdueParcelsListDaysPastTheirPlannedHandover() throws {
        let before = try ClearanceProgressQuery(asOf: F.date("2024-04-30"), grouping: .park).run(Self.data)
        var p2 = OverdueParcel(parcelId: "P2", parkId: "K", plannedHandover: F.date("2024-04-01"), status: .inventoried, daysOverdue: 29)
        (p2.areaM2, p2.households) = (100, 2)
        // P1: 600 000 000 VND planned and not yet paid, the GPMB board's outstanding debt.
        var p1 = OverdueParcel(parcelId: "P1", parkId: "K", plannedHandover: F.date("2024-04-15"), status: .compensated, daysOverdue: 15)
        (p1.areaM2, p1.households, p1.unpaidCompensationVND) = (10_000, 10, 600_000_000)
        #expect(before.overdue == [p2, p1])
        let after = try ClearanceProgressQuery(asOf: F.date("2025-03-01"), grouping: .park).run(Self.data)
        #expect(after.overdue.map(\.parcelId) == ["P2"])
        #expect(after.overdue[0].daysOverdue == 334) // 365 days from 2024-03-01 less the 31 of March
        #expect(try ClearanceProgressQuery(asOf: F.date("2024-04-01"), grouping: .park).run(Self.data).overdue.isEmpty)
    }

    /// Every row and the totals count their overdue parcels whole and measure them by the
    /// area share, as the row's other areas; the list is left out on request.
    @Test func overdueParcelsAreCountedAndMeasuredInEachRow() throws {
        var query = ClearanceProgressQuery(asOf: F.date("2024-04-30"), grouping: .unit(.commune))
        let listed = try query.run(Self.data)
        query.listsOverdue = false
        let before = try query.run(Self.data)
        #expect(before.overdue.isEmpty && listed.overdue.count == 2)
        #expect(before.rows == listed.rows && before.totals == listed.totals)
        let a = try Self.row(before, unit: "A"), b = try Self.row(before, unit: "B")
        #expect((a.overdueParcels, a.overdueAreaM2) == (1, 3_000))
        #expect((b.overdueParcels, b.overdueAreaM2) == (2, 7_100))
        #expect((before.totals.overdueParcels, before.totals.overdueAreaM2) == (2, 10_100))
        // P1 handed over on 1 May 2024: only P2 (in B) is overdue after.
        query.asOf = F.date("2025-03-01")
        let after = try query.run(Self.data)
        let a2 = try Self.row(after, unit: "A"), b2 = try Self.row(after, unit: "B")
        #expect((a2.overdueParcels, a2.overdueAreaM2) == (0, 0))
        #expect((b2.overdueParcels, b2.overdueAreaM2) == (1, 100))
        #expect((after.totals.overdueParcels, after.totals.overdueAreaM2) == (1, 100))
    }

    @Test func sharesGivenOnTheParcelAreUsedAndOtherLevelsApportionedOnTheFly() throws {
        // The parcel says it is 50/50 in two districts; communes are computed from geometry.
        var parcel = Self.straddling
        parcel.units = [UnitShare(unitId: "D1", unitName: "D1", level: .district, areaM2: 5_000, share: 0.5),
                        UnitShare(unitId: "D2", unitName: "D2", level: .district, areaM2: 5_000, share: 0.5)]
        let data = PlanningData(parcels: [parcel], units: Self.units)
        let districts = try ClearanceProgressQuery(asOf: F.date("2024-05-01"), grouping: .unit(.district)).run(data)
        #expect(districts.rows.map(\.clearedAreaM2) == [5_000, 5_000])
        let communes = try ClearanceProgressQuery(asOf: F.date("2024-05-01"), grouping: .unit(.commune)).run(data)
        #expect(communes.rows.map(\.clearedAreaM2) == [3_000, 7_000])
    }

    @Test func oneAndFourThreadsGiveTheSameProgress() throws {
        let boxes = F.staggeredBoxes(300)
        let parcels = boxes.enumerated().map { i, g in
            F.parcel("P\(i)", park: i % 2 == 0 ? "K" : nil, g, history: i % 3 == 0 ? Self.history : [],
                     plannedHandover: "2024-0\(i % 9 + 1)-01", households: i % 5, planned: Double(i) * 1e6)
        }
        let data = PlanningData(parcels: parcels, units: [F.unit("A", F.box(0, 0, 90, 300)), F.unit("B", F.box(90, 0, 300, 300))])
        for grouping in [ClearanceGrouping.unit(.commune), .park, .unitAndPark(.commune)] {
            let one = try ClearanceProgressQuery(asOf: F.date("2024-06-01"), grouping: grouping, threads: 1).run(data)
            let four = try ClearanceProgressQuery(asOf: F.date("2024-06-01"), grouping: grouping, threads: 4).run(data)
            #expect(one == four)
        }
    }

    @Test func progressEncodesAsJSONWithStatusNamesAsKeys() throws {
        let progress = try ClearanceProgressQuery(asOf: F.date("2024-05-01"), grouping: .park).run(Self.data)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let text = String(decoding: try encoder.encode(progress.totals), as: UTF8.self)
        #expect(text.contains(#""areaByStatusM2":{"compensated":0,"disputed":0,"handed_over":10000,"inventoried":100,"#))
        #expect(try JSONDecoder().decode(ClearanceProgress.self, from: encoder.encode(progress)) == progress)
    }
}
