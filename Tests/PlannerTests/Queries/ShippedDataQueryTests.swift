import Foundation
import Geo
import Testing
@testable import Planner

/// Invariants of the questions asked of the data in `geodata/` (figures in geodata/README.md).
@Suite struct ShippedDataQueryTests {
    static let asOf = try! LocalDate(iso: "2026-09-30")
    static let missionParks = ["an-hoa", "xuan-cau", "nam-trang-cat", "tien-thanh", "kkt-ven-bien-phia-nam"]

    var data: PlanningData { get throws { try ShippedData.loaded.get() } }

    @Test func parkOverlapsAreTheDeliberateOneAndContainmentInEconomicZones() throws {
        let found = try OverlapQuery(minAreaM2: 1).within(.parks(data.parks))
        let pairs = Set(found.map { [$0.a, $0.b].sorted().joined(separator: "×") })
        #expect(pairs == ["deep-c-2×nam-trang-cat", "dinh-vu-cat-hai×xuan-cau", "dinh-vu-cat-hai×nam-trang-cat",
                          "deep-c-1×dinh-vu-cat-hai", "deep-c-2×dinh-vu-cat-hai", "kkt-ven-bien-phia-nam×tien-thanh"])
        let deliberate = try #require(found.first { $0.a == "nam-trang-cat" && $0.b == "deep-c-2" })
        #expect(abs(deliberate.areaHa - 3.77) < 0.005)
        #expect(found.filter { $0 != deliberate }.allSatisfy { $0.shareOfA == 1 }) // each park wholly in its zone
    }

    @Test func parcelOverlapsAreTheFiftyGeneratedPairsOnAnyThreadCount() throws {
        let layer = OverlapLayer.parcels(try data.parcels)
        let one = try OverlapQuery(threads: 1).within(layer)
        #expect(one.count == 50)
        #expect(abs(one.reduce(0) { $0 + $1.areaM2 } - 6_091) < 1)
        #expect(abs((one.map(\.areaM2).max() ?? 0) - 338) < 1)
        #expect(try OverlapQuery(threads: 4).within(layer) == one)
        let rice = try OverlapQuery().between(.parks(data.parks), .zones(data.zones, landUses: [.riceLand]))
        let anHoa = try #require(rice.first { $0.a == "an-hoa" })
        #expect((anHoa.b, (anHoa.areaHa * 100).rounded() / 100) == ("z-ah-luc-1", 89.37))
    }

    @Test func coverageGapsMatchTheAuthoredShares() throws {
        let gaps = try CoverageGapQuery(asOf: Self.asOf, threads: 1).run(data)
        func share(_ park: String, _ utility: Utility, in gaps: [CoverageGap]) -> Double? {
            gaps.first { $0.parkId == park && $0.utility == utility }?.gapShare
        }
        #expect(share("an-hoa", .water, in: gaps) == 1)
        #expect(abs(share("tien-thanh", .power, in: gaps)! - 0.470) < 0.001) // 53.0 % covered
        #expect(abs(share("xuan-cau", .water, in: gaps)! - 0.088) < 0.003) // 91.2 % covered
        #expect(share("nam-trang-cat", .power, in: gaps) == 0)
        #expect(try CoverageGapQuery(asOf: Self.asOf, threads: 4).run(data) == gaps)
        let planned = try CoverageGapQuery(asOf: Self.asOf, planned: true, parkIds: ["an-hoa"]).run(data)
        #expect(share("an-hoa", .water, in: planned) == 1)
        let cleared = try CoverageGapQuery(asOf: Self.asOf, clearedOnly: true, parkIds: Self.missionParks).run(data)
        #expect(cleared.allSatisfy { $0.gapShare >= 0 && $0.gapShare <= 1 && $0.targetAreaM2 > 0 })
    }

    /// Issue #12: Tiên Thanh's cleared area read 457 978.9 m² summed and 457 539.8 m² in
    /// `gaps --cleared-only` (the union); counted once, the two agree.
    @Test func tienThanhClearedCountedOnceIsTheUnionTheGapsQueryUses() throws {
        let data = try data
        let summed = try ClearanceProgressQuery(asOf: Self.asOf, grouping: .park, parkIds: ["tien-thanh"]).run(data)
        let once = try ClearanceProgressQuery(asOf: Self.asOf, grouping: .park, parkIds: ["tien-thanh"], dedupe: true).run(data)
        let gaps = try CoverageGapQuery(asOf: Self.asOf, clearedOnly: true, parkIds: ["tien-thanh"]).run(data)
        let union = try #require(gaps.first).targetAreaM2
        let row = try #require(summed.rows.first), onceRow = try #require(once.rows.first)
        #expect(abs(row.clearedAreaM2 - 457_978.9) < 0.05 && abs(union - 457_539.8) < 0.05)
        #expect(abs(onceRow.clearedAreaM2 - union) < 1e-6)
        #expect(abs(row.clearedDoubleCountedM2 - (row.clearedAreaM2 - union)) < 1e-6)
        // The shipped file's 50 overlapping pairs (6 091 m²) are what the totals count twice.
        let all = try ClearanceProgressQuery(asOf: Self.asOf, grouping: .park).run(data)
        #expect(abs(all.totals.doubleCountedM2 - 6_091.4) < 0.05)
    }

    @Test func clearanceByUnitAddsUpToClearanceByPark() throws {
        let data = try data
        let byPark = try ClearanceProgressQuery(asOf: Self.asOf, grouping: .park).run(data)
        let cleared = Dictionary(uniqueKeysWithValues: byPark.rows.map { ($0.parkId!, ($0.percentCleared * 100).rounded() / 100) })
        // The coastal zone counts Tiên Thanh's parcels with its own (26.46 % alone), Đình Vũ–Cát
        // Hải those of Xuân Cầu and Nam Tràng Cát (issue #12, item 7).
        #expect(cleared == ["an-hoa": 0.19, "xuan-cau": 94.05, "nam-trang-cat": 97.34, "tien-thanh": 55.28, "kkt-ven-bien-phia-nam": 38.03,
                            "dinh-vu-cat-hai": 95.45])
        #expect(byPark.rows.first { $0.parkId == "kkt-ven-bien-phia-nam" }?.includesParks == ["tien-thanh"])
        let nesting = try ParkNesting(parks: data.parks)
        let overdue = Dictionary(grouping: byPark.overdue, by: { $0.parkId! }).mapValues(\.count)
        #expect(overdue == ["nam-trang-cat": 13, "xuan-cau": 23, "tien-thanh": 193, "kkt-ven-bien-phia-nam": 140, "an-hoa": 83])
        #expect(byPark.overdue.allSatisfy { $0.daysOverdue > 0 && $0.status != .handedOver })
        func close(_ x: Double, _ y: Double) -> Bool { abs(x - y) <= 1e-6 * max(1, abs(y)) }
        for grouping in [ClearanceGrouping.unit(.district), .unit(.commune), .unitAndPark(.commune)] {
            let progress = try ClearanceProgressQuery(asOf: Self.asOf, grouping: grouping).run(data)
            #expect(progress.rows.allSatisfy { (0...100).contains($0.percentCleared) })
            #expect(progress.totals == byPark.totals)
            // The rows of parks in no zone, and of the zones, add up (a nested park's parcels are in its zone's row).
            let rows = progress.rows.filter { $0.parkId.map { nesting.containers[$0] == nil } ?? true }, totals = byPark.totals
            #expect(close(rows.reduce(0) { $0 + $1.areaM2 }, totals.areaM2))
            #expect(close(rows.reduce(0) { $0 + $1.clearedAreaM2 }, totals.clearedAreaM2))
            #expect(close(rows.reduce(0) { $0 + $1.parcels }, 2_500))
            #expect(close(rows.reduce(0) { $0 + $1.households }, totals.households))
            #expect(close(rows.reduce(0) { $0 + $1.compensationPlannedVND }, totals.compensationPlannedVND))
            #expect(close(rows.reduce(0) { $0 + $1.compensationPaidVND }, totals.compensationPaidVND))
            for status in ClearanceStatus.allCases {
                #expect(close(rows.reduce(0) { $0 + $1.areaByStatusM2[status]! }, totals.areaByStatusM2[status]!))
            }
        }
        // An Hòa straddles An Phong and An Hải: its 500 parcels split between them.
        let communes = try ClearanceProgressQuery(asOf: Self.asOf, grouping: .unitAndPark(.commune), parkIds: ["an-hoa"]).run(data)
        #expect(communes.rows.map(\.unitId) == ["phuong-an-hai", "phuong-an-phong"])
        #expect(close(communes.rows.reduce(0) { $0 + $1.parcels }, 500))
    }

    @Test func utilityPlanningFindsAnHoaWithoutWaterAndWorksOnUnclearedLand() throws {
        let report = try UtilityPlanningCheck(asOf: Self.asOf).run(data)
        #expect(report.missing.contains(MissingUtilityPlan(parkId: "an-hoa", utility: .water)))
        let parcels = Dictionary(uniqueKeysWithValues: report.conflicts.map { ($0.workId, $0.parcelIds.count) })
        for (work, count) in ["pw-anhoa-tba110": 1, "pw-tienthanh-tba110": 1, "tc-kkt-bts": 1, "pw-kkt-dz110-gd1": 3, "tc-anhoa-cq": 29] {
            #expect(parcels[work] == count)
        }
        #expect(try UtilityPlanningCheck(asOf: Self.asOf, threads: 1).run(data) == report)
    }

    @Test func parkSummariesReadTheShippedFigures() throws {
        let summaries = try ParkSummaryQuery(asOf: Self.asOf).run(data)
        let byId = Dictionary(uniqueKeysWithValues: summaries.map { ($0.parkId, $0) })
        let ntc = try #require(byId["nam-trang-cat"])
        #expect(ntc.occupancy == 62.0 / 140)
        #expect(ntc.reservedShare == 0.25 && ntc.reservedShareInBand == false)
        #expect(ntc.meetsInvestmentTarget == false)
        #expect(abs(ntc.clearedShare! - 0.9734) < 1e-4)
        #expect(byId["deep-c-2"]?.reservedShareInBand == true)
        #expect(byId["kkt-ven-bien-phia-nam"]?.occupancy == nil)
        #expect(byId["deep-c-1"]?.clearedShare == nil) // no parcels mapped
        #expect(abs(byId["dinh-vu-cat-hai"]!.mappedDeviation! + 0.534) < 0.001)
    }
}
