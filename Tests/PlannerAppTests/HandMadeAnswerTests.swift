import Foundation
import Planner
import PlannerApp
import Testing

/// Answers known by hand, asked of the use cases in process (what the CLI's JSON says).
@Suite struct HandMadeAnswerTests {
    @Test func overlapsOfTwoSquaresByHand() throws {
        let store = try PlanningStores.open(at: try HandMadeStore.make())
        let answer = try OverlapsReport(layer: "parcels").run(store)
        let finding = try #require(answer.result.first)
        #expect(answer.result.count == 1)
        #expect(finding.a == "A" && finding.b == "B")
        #expect(abs(finding.areaM2 - 5_000) < 1e-6)
        #expect(abs(finding.shareOfA - 0.5) < 1e-9)
        #expect(try HandMadeStore.json(answer.table)["query"] as? String == "overlaps")
        let row = try #require(try HandMadeStore.rows(answer.table).first)
        #expect(row["layer_a"] as? String == "parcels" && row["layer_b"] as? String == "parcels")
        // Above the threshold only.
        #expect(try OverlapsReport(layer: "parcels", minAreaM2: 5_001).run(store).result.isEmpty)
    }

    @Test func clearanceAsOfDatesAndUnitShares() throws {
        let store = try PlanningStores.open(at: try HandMadeStore.make())
        let before = try ClearanceProgressReport(asOf: LocalDate(iso: "2024-04-30"), grouping: .unit(.district)).run(store)
        #expect(before.result.rows.allSatisfy { $0.clearedAreaM2 == 0 })
        #expect(try HandMadeStore.json(before.table)["as_of"] as? String == "2024-04-30")
        let after = try ClearanceProgressReport(asOf: LocalDate(iso: "2024-05-01"), grouping: .unit(.district)).run(store)
        let byUnit = Dictionary(uniqueKeysWithValues: after.result.rows.compactMap { r in r.unitId.map { ($0, r) } })
        // Parcel A (10 000 m², handed over 2024-05-01) lies 30 % in W and 70 % in E.
        #expect(abs((byUnit["W"]?.clearedAreaM2 ?? -1) - 3_000) < 1e-6)
        #expect(abs((byUnit["E"]?.clearedAreaM2 ?? -1) - 7_000) < 1e-6)
        // Parcel B (10 000 m², from x+50) lies wholly in E: E totals 17 000 m².
        #expect(abs((byUnit["E"]?.areaM2 ?? -1) - 17_000) < 1e-6)
        #expect(abs((byUnit["W"]?.percentCleared ?? -1) - 100) < 1e-9)
        let byPark = try ClearanceProgressReport(asOf: LocalDate(iso: "2024-05-01"), grouping: .park).run(store)
        #expect(after.result.totals.clearedAreaM2 == byPark.result.totals.clearedAreaM2)
        #expect(abs(byPark.result.totals.percentCleared - 50) < 1e-9)
    }

    @Test func powerCoversHalfThePark() throws {
        let store = try PlanningStores.open(at: try HandMadeStore.make())
        let answer = try CoverageGapsReport(asOf: LocalDate(iso: "2026-09-30"), parks: ["Khu thu nghiem"], utilities: [.power]).run(store)
        let gap = try #require(answer.result.first)
        #expect(gap.parkId == "pk" && gap.utility == .power)
        #expect(abs(gap.targetAreaM2 - 10_000) < 1e-6)
        #expect(abs(gap.coveredAreaM2 - 5_000) < 1e-6)
        #expect(abs((try HandMadeStore.rows(answer.table).first?["gap_m2"] as? Double ?? 0) - 5_000) < 1e-6)
        // Before the work is operational, the whole park is a gap.
        let early = try CoverageGapsReport(asOf: LocalDate(iso: "2022-12-31"), utilities: [.power]).run(store)
        #expect(abs((try HandMadeStore.rows(early.table).first?["gap_m2"] as? Double ?? 0) - 10_000) < 1e-6)
    }
}
