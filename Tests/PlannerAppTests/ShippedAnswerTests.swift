import Foundation
import Planner
import PlannerApp
import Testing
import TestSupport

/// The use cases on the shipped data (`geodata/`), in process, with the figures the
/// product answers (the same as `parkplan … --format json` on main).
@Suite struct ShippedAnswerTests {
    static let day = try! LocalDate(iso: "2026-09-30")

    @Test func clearanceByDistrictAddsUpToTheTotals() throws {
        let answer = try ClearanceProgressReport(asOf: Self.day, grouping: .unit(.district)).run(ShippedStore.open())
        let totals = answer.result.totals
        #expect(abs(totals.areaM2 - 6_211_698.892475908) < 1e-3)
        #expect(abs(totals.clearedAreaM2 - 3_926_262.725314494) < 1e-3)
        #expect(abs(totals.percentCleared - 63.20755067619728) < 1e-9)
        #expect(answer.result.rows.count == 5)
        #expect(abs(answer.result.rows.reduce(0) { $0 + $1.areaM2 } - totals.areaM2) < 1e-3)
        // The overdue parcels are counted and measured in every row and the totals, not listed.
        #expect(answer.result.overdue.isEmpty)
        #expect(totals.overdueParcels == 452)
        let list = try ClearanceProgressReport(asOf: Self.day).overdue(ShippedStore.open()).result.parcels
        #expect(abs(totals.overdueAreaM2 - list.reduce(0) { $0 + $1.areaM2 }) < 1e-3)
        #expect(abs(answer.result.rows.reduce(0) { $0 + $1.overdueAreaM2 } - totals.overdueAreaM2) < 1e-3)
        #expect(answer.result.rows.reduce(0) { $0 + $1.overdueParcels } >= 452)
        let json = answer.table.json()
        #expect(!json.contains("\"overdue\":") && json.contains("\"overdue_parcels\":452"))
        #expect(answer.table.mappable)
    }

    @Test func overdueListDrawsEveryOverdueParcel() throws {
        let answer = try ClearanceProgressReport(asOf: Self.day).overdue(ShippedStore.open())
        #expect(answer.result.parcels.count == 452)
        #expect(answer.result.parcels.first?.parcelId == "NTC-000204")
        #expect(answer.result.parcels.first?.daysOverdue == 1171)
        #expect(Set(answer.result.outlines.keys) == Set(answer.result.parcels.map(\.parcelId)))
        #expect(answer.table.rows.allSatisfy { $0.geometry != nil })
        // What a board acts on: the commune, the area, households and the money still owed.
        let first = try #require(answer.result.parcels.first)
        #expect(first.unitName == "Đông Hải" && first.unitId == "phuong-dong-hai")
        #expect(abs(first.areaM2 - 868.1851253303911) < 1e-6)
        #expect(first.unpaidCompensationVND == 103_752_000)
        #expect(answer.result.parcels.allSatisfy { $0.unitId != nil && $0.areaM2 > 0 })
    }

    @Test func clearanceByALevelTheStoreLacksIsRefusedWithTheLevelsItHas() throws {
        #expect(throws: UnitLevelNotStored(level: UnitLevel(rawValue: "galaxy"), stored: [.commune, .district])) {
            try ClearanceProgressReport(asOf: Self.day, grouping: .unit(UnitLevel(rawValue: "galaxy"))).run(ShippedStore.open())
        }
    }

    @Test func anHoaHasNoWaterWork() throws {
        let answer = try CoverageGapsReport(asOf: Self.day, parks: ["An Hoa"]).run(ShippedStore.open())
        #expect(answer.result.count == 3)
        let water = try #require(answer.result.first { $0.utility == .water })
        #expect(abs(water.gapShare - 1) < 1e-9)
        #expect(abs(water.gapAreaM2 - 3_000_003.9413788635) < 1e-3)
        #expect(answer.result.allSatisfy { abs($0.targetAreaM2 - $0.coveredAreaM2 - $0.gapAreaM2) < 1e-3 })
    }

    @Test func parcelOverlapsAboveOneSquareMetre() throws {
        let answer = try OverlapsReport(layer: "parcels", minAreaM2: 1).run(ShippedStore.open())
        #expect(answer.result.count == 50)
        #expect(abs(answer.result.reduce(0) { $0 + $1.areaM2 } - 6_091.412846996354) < 1e-6)
    }

    @Test func parkOverlapsFindTheAccidentalOne() throws {
        let findings = try OverlapsReport(layer: "parks", minAreaM2: 1).run(ShippedStore.open()).result
        let accidental = findings.filter { $0.shareOfA < 0.999 && $0.shareOfB < 0.999 }
        #expect(accidental.map { "\($0.a) × \($0.b)" } == ["deep-c-2 × nam-trang-cat"])
        #expect(String(format: "%.2f", accidental.first?.areaHa ?? 0) == "3.77")
    }

    @Test func unknownLayersAndLevelsAreRefusedByName() throws {
        let store = try ShippedStore.open()
        #expect(throws: UnknownOutlineLayer.self) { try OverlapsReport(layer: "roads").run(store) }
        #expect(throws: UnitLevelNotStored.self) { try OverlapsReport(layer: "units:ward").run(store) }
        #expect(try OverlapsReport(layer: "units:commune", minAreaM2: 1).run(store).result.isEmpty)
    }

    @Test func parksSummaryAndLayers() throws {
        let store = try ShippedStore.open()
        let parks = try ParkSummaryReport(asOf: Self.day).run(store).result
        #expect(parks.count == 11)
        let layers = try LayerList().run(store).result
        #expect(layers.layers.map(\.features) == [11, 2500, 39, 29, 36, 32])
        #expect(layers.layers.first { $0.layer == "units" }?.table == "admin_units")
        #expect(Set(layers.unitLevels) == [.district, .commune])
    }

    @Test func tasksOfOneSection() throws {
        let store = try ShippedStore.open()
        #expect(try TaskList().run(store).result.count == 32)
        let power = try TaskList(section: .power).run(store).result
        #expect(power.count == 3)
        #expect(power.allSatisfy { $0.section == .power })
    }

    @Test func utilityPlansAndParcelGaps() throws {
        let store = try ShippedStore.open()
        let plans = try UtilityPlansReport(asOf: Self.day).run(store)
        // 2 parks without a plan and 7 works on uncleared land, plus one row a parcel handed
        // over after its work is due.
        #expect(plans.table.rows.count == 9 + plans.result.delays.count)
        #expect(plans.result.missing.count + plans.result.conflicts.count == 9)
        #expect(!plans.result.delays.isEmpty)
        #expect(plans.result.missing.contains { $0.parkId == "an-hoa" && $0.utility == .water })
        #expect(try ParcelGapsReport(mode: .enclosed, minAreaM2: 10).run(store).result.isEmpty)
    }
}
