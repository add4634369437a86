import Geo
import Testing
@testable import Planner

@Suite struct ParkSummaryQueryTests {
    typealias F = QueryFixtures

    static func figures(leased: Double, industrial: Double, investment: Double, reserved: Double) -> [String: AttributeValue] {
        ["leased_area_ha": .number(leased), "industrial_land_ha": .number(industrial),
         "registered_investment_usd": .number(investment), "reserved_clean_land_ha": .number(reserved)]
    }

    @Test func figuresOnHandValues() throws {
        // A 1 km square: 100 ha mapped, 110 ha approved.
        let park = F.park("K", F.box(0, 0, 1_000, 1_000), approvedHa: 110,
                          attributes: Self.figures(leased: 30, industrial: 60, investment: 1_500_000_000, reserved: 7))
        let parcels = [
            F.parcel("K-1", park: "K", F.box(0, 0, 100, 100), history: [(.handedOver, "2025-01-01")]),
            F.parcel("K-2", park: "K", F.box(100, 0, 400, 100), history: [(.handedOver, "2026-01-01")]),
        ]
        let data = PlanningData(parks: [park], parcels: parcels)
        let s = try #require(try ParkSummaryQuery(asOf: F.date("2025-06-30")).run(data).first)
        #expect(s.mappedAreaHa == 100 && s.approvedAreaHa == 110)
        #expect(abs(s.mappedDeviation! + 10.0 / 110) < 1e-12)
        #expect(s.parcelAreaHa == 4 && s.clearedAreaHa == 1 && s.clearedShare == 0.25)
        #expect(s.occupancy == 0.5)
        // Plan 278's measure: per leased hectare (1.5 G USD / 30 ha), not per mapped hectare (15 M).
        #expect(s.investmentPerHaUSD == 50_000_000)
        #expect(s.investmentPerIndustrialHaUSD == 25_000_000)
        #expect(s.meetsInvestmentTarget == true)
        #expect(abs(s.reservedShare! - 7.0 / 60) < 1e-12)
        #expect(s.reservedShareInBand == true)
        #expect(try ParkSummaryQuery(asOf: F.date("2026-01-01")).run(data)[0].clearedShare == 1)
    }

    @Test func investmentBelowTargetAndReserveOutsideTheBand() {
        let park = F.park("K", F.box(0, 0, 1_000, 1_000),
                          attributes: Self.figures(leased: 100, industrial: 80, investment: 1_200_000_000, reserved: 4))
        let s = ParkSummaryQuery(asOf: F.date("2025-06-30")).summary(park, [])
        #expect(s.investmentPerHaUSD == 12_000_000)
        #expect(s.meetsInvestmentTarget == false)
        #expect(s.reservedShare == 0.05 && s.reservedShareInBand == false)
        #expect(s.occupancy == 1.25)
        // No land leased: no figure per leased hectare, and no verdict.
        let none = ParkSummaryQuery(asOf: F.date("2025-06-30")).summary(
            F.park("N", F.box(0, 0, 1_000, 1_000), attributes: Self.figures(leased: 0, industrial: 80, investment: 1_200_000_000, reserved: 4)), [])
        #expect(none.investmentPerHaUSD == nil && none.meetsInvestmentTarget == nil && none.occupancy == 0)
        #expect(s.clearedShare == nil && s.mappedDeviation == nil)
    }

    @Test func missingAttributesGiveNil() {
        let s = ParkSummaryQuery(asOf: F.date("2025-06-30")).summary(F.park("EZ", F.box(0, 0, 100, 100), approvedHa: 2), [])
        #expect(s.leasedAreaHa == nil && s.occupancy == nil && s.investmentPerHaUSD == nil && s.meetsInvestmentTarget == nil)
        #expect(s.reservedShare == nil && s.reservedShareInBand == nil)
        #expect(s.mappedDeviation == -0.5)
    }
}
