import Geo
import Testing
@testable import Planner

/// Issue #12, item 7: a zone counts its nested parks' parcels; overlapping parcels say how
/// much they count twice, and `dedupe` counts each square metre once.
@Suite struct CountedOnceTests {
    typealias F = QueryFixtures
    static let zone = IndustrialPark(id: "ZONE", name: "Zone", kind: .economicZone, boundary: F.box(0, 0, 1_000, 1_000))
    static let inner = F.park("INNER", F.box(0, 0, 300, 300))
    static let done: [(ClearanceStatus, String)] = [(.handedOver, "2024-05-01")]
    /// Two handed-over 100 × 100 parcels in INNER overlapping by 10 × 100 m (1 000 m²), a
    /// third apart, and one in the zone outside INNER.
    static let parcels = [
        F.parcel("A", park: "INNER", F.box(0, 0, 100, 100), history: done),
        F.parcel("B", park: "INNER", F.box(90, 0, 190, 100), history: done),
        F.parcel("C", park: "INNER", F.box(0, 200, 100, 300)),
        F.parcel("D", park: "ZONE", F.box(500, 500, 600, 600), history: done),
    ]
    /// Units: U1 holds x < 95, U2 the rest (the overlap is split 500 / 500).
    static let units = [F.unit("U1", F.box(0, 0, 95, 1_000)), F.unit("U2", F.box(95, 0, 1_000, 1_000))]
    static let data = PlanningData(parks: [zone, inner], parcels: parcels, units: units)
    static let day = F.date("2025-01-01")

    static func row(_ p: ClearanceProgress, park: String?, unit: String? = nil) throws -> ClearanceProgressRow {
        try #require(p.rows.first { $0.parkId == park && $0.unitId == unit })
    }

    @Test func aZoneCountsTheParcelsOfTheParksNestedInIt() throws {
        let p = try ClearanceProgressQuery(asOf: Self.day, grouping: .park).run(Self.data)
        let zone = try Self.row(p, park: "ZONE"), inner = try Self.row(p, park: "INNER")
        #expect(zone.parcelsTouching == 4 && inner.parcelsTouching == 3)
        #expect(zone.includesParks == ["INNER"] && inner.includesParks.isEmpty)
        #expect(abs(zone.areaM2 - 40_000) < 1e-6 && abs(inner.areaM2 - 30_000) < 1e-6)
        #expect(p.totals.parcelsTouching == 4 && abs(p.totals.areaM2 - 40_000) < 1e-6)
        // Asked for the zone alone, its nested park's parcels come with it.
        let asked = try ClearanceProgressQuery(asOf: Self.day, grouping: .park, parkIds: ["ZONE"]).run(Self.data)
        #expect(asked.totals.parcelsTouching == 4)
        // Asked for the nested park alone, the zone's row is not shown.
        let alone = try ClearanceProgressQuery(asOf: Self.day, grouping: .park, parkIds: ["INNER"]).run(Self.data)
        #expect(alone.rows.map(\.parkId) == ["INNER"])
    }

    @Test func everyTotalSaysWhatItCountsTwice() throws {
        let p = try ClearanceProgressQuery(asOf: Self.day, grouping: .park).run(Self.data)
        let inner = try Self.row(p, park: "INNER")
        #expect(abs(inner.doubleCountedM2 - 1_000) < 1e-6)
        #expect(abs(inner.clearedDoubleCountedM2 - 1_000) < 1e-6)
        #expect(abs(inner.clearedAreaM2 - 20_000) < 1e-6) // summed whole by default
        #expect(abs(p.totals.doubleCountedM2 - 1_000) < 1e-6 && !p.countedOnce)
        // Unit rows: each unit's part of the overlap.
        let byUnit = try ClearanceProgressQuery(asOf: Self.day, grouping: .unit(.commune)).run(Self.data)
        #expect(abs(try Self.row(byUnit, park: nil, unit: "U1").doubleCountedM2 - 500) < 1e-6)
        #expect(abs(try Self.row(byUnit, park: nil, unit: "U2").doubleCountedM2 - 500) < 1e-6)
    }

    @Test func dedupeCountsEachSquareMetreOnceAsTheUnionDoes() throws {
        let p = try ClearanceProgressQuery(asOf: Self.day, grouping: .park, dedupe: true).run(Self.data)
        let inner = try Self.row(p, park: "INNER")
        let union = try Geometry.unaryUnion([Self.parcels[0].boundary, Self.parcels[1].boundary]).area
        #expect(abs(inner.clearedAreaM2 - union) < 1e-6 && abs(union - 19_000) < 1e-6)
        #expect(abs(inner.areaM2 - 29_000) < 1e-6)
        #expect(abs(inner.percentCleared - 19_000.0 / 29_000 * 100) < 1e-9)
        #expect(abs(p.totals.areaM2 - 39_000) < 1e-6 && p.countedOnce)
        let byUnit = try ClearanceProgressQuery(asOf: Self.day, grouping: .unit(.commune), dedupe: true).run(Self.data)
        #expect(abs(byUnit.rows.reduce(0) { $0 + $1.areaM2 } - 39_000) < 1e-6)
    }

    @Test func parcelsThatOnlyTouchAreNotCountedTwice() throws {
        let touching = [F.parcel("A", park: "INNER", F.box(0, 0, 100, 100)), F.parcel("B", park: "INNER", F.box(100, 0, 200, 100))]
        let p = try ClearanceProgressQuery(asOf: Self.day, grouping: .park).run(PlanningData(parks: [Self.inner], parcels: touching))
        #expect(p.totals.doubleCountedM2 == 0)
        #expect(try ParcelOverlapClusters(boundaries: touching.map(\.boundary)).clusters.isEmpty)
    }

    @Test func theParksSummaryOfAZoneIncludesItsParks() throws {
        let summaries = try ParkSummaryQuery(asOf: Self.day).run(Self.data)
        let zone = try #require(summaries.first { $0.parkId == "ZONE" })
        #expect(zone.parcels == 4 && zone.includesParks == ["INNER"])
        #expect(abs(zone.clearedAreaHa - 3) < 1e-9)
        #expect(abs(zone.doubleCountedM2 - 1_000) < 1e-6 && abs(zone.clearedDoubleCountedM2 - 1_000) < 1e-6)
    }
}
