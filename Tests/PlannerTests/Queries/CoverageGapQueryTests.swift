import Geo
import Testing
@testable import Planner

@Suite struct CoverageGapQueryTests {
    typealias F = QueryFixtures
    /// A 1 km square park (100 ha).
    static let park = F.park("K", F.box(0, 0, 1_000, 1_000))
    static let works = [
        // Power: an operational service-area polygon over the west half.
        InfrastructureWork(id: "PW-1", utility: .power, status: .operational, operationalFrom: F.date("2020-01-01"),
                           footprint: F.box(-100, -100, 500, 1_100)),
        // Power: the east half, planned for 2027-01-01.
        InfrastructureWork(id: "PW-2", utility: .power, status: .planned, operationalFrom: F.date("2027-01-01"),
                           footprint: F.box(500, -100, 1_100, 1_100)),
        // Water: a main across the park at y = 500 serving 50 m each side (its round caps fall outside the park).
        InfrastructureWork(id: "WA-1", utility: .water, status: .operational,
                           footprint: .lineString(LineString([Coordinate(0, 500), Coordinate(1_000, 500)])), serviceRadiusM: 50),
        // Telecom: a mast in the middle serving 100 m around.
        InfrastructureWork(id: "TC-1", utility: .telecom, status: .operational, operationalFrom: F.date("2025-01-01"),
                           footprint: .point(Point(x: 500, y: 500)), serviceRadiusM: 100),
    ]
    static let data = PlanningData(parks: [park], works: works)

    static func gap(_ gaps: [CoverageGap], _ utility: Utility) throws -> CoverageGap {
        try #require(gaps.first { $0.utility == utility })
    }

    @Test func gapsOfPolygonLineAndPointServiceAreas() throws {
        let gaps = try CoverageGapQuery(asOf: F.date("2026-09-30")).run(Self.data)
        #expect(gaps.map(\.utility) == [.power, .water, .telecom])
        let power = try Self.gap(gaps, .power)
        #expect(power.targetAreaM2 == 1_000_000)
        #expect(power.coveredAreaM2 == 500_000 && power.gapAreaM2 == 500_000 && power.gapShare == 0.5)
        #expect(power.gapGeometry.envelope == Envelope(minX: 500, minY: 0, maxX: 1_000, maxY: 1_000))
        #expect(power.workIds == ["PW-1"])
        let water = try Self.gap(gaps, .water)
        #expect(abs(water.coveredAreaM2 - 100_000) < 1e-6)
        #expect(abs(water.gapShare - 0.9) < 1e-12)
        let telecom = try Self.gap(gaps, .telecom)
        let mast = try Geometry.point(Point(x: 500, y: 500)).buffer(100).area
        #expect(abs(telecom.coveredAreaM2 - mast) < 1e-6)
        #expect(abs(telecom.gapAreaM2 - (1_000_000 - mast)) < 1e-6)
        #expect(telecom.gapGeometry.polygons.first?.holes.count == 1)
    }

    @Test func workInServiceFrom2027CountsOnlyFromThenOrWhenPlannedIsAsked() throws {
        let query = CoverageGapQuery(asOf: F.date("2026-09-30"), utilities: [.power])
        #expect(try query.run(Self.data)[0].gapShare == 0.5)
        var planned = query
        planned.planned = true
        #expect(try planned.run(Self.data)[0].gapShare == 0.5) // not planned to serve by 2026-09-30
        planned.asOf = F.date("2027-01-01")
        let byThen = try planned.run(Self.data)[0]
        #expect(byThen.gapShare == 0 && byThen.gapAreaM2 == 0)
        #expect(byThen.workIds == ["PW-1", "PW-2"])
        // Built on time, it is in service from its day on.
        var built = Self.works
        built[1].status = .operational
        let data = PlanningData(parks: [Self.park], works: built)
        #expect(try query.run(data)[0].gapShare == 0.5)
        #expect(try CoverageGapQuery(asOf: F.date("2027-01-01"), utilities: [.power]).run(data)[0].gapShare == 0)
    }

    @Test func clearedOnlyMeasuresTheHandedOverLand() throws {
        let parcels = [
            F.parcel("C-1", park: "K", F.box(0, 0, 500, 500), history: [(.handedOver, "2025-06-01")]),
            F.parcel("C-2", park: "K", F.box(500, 0, 1_000, 500), history: [(.handedOver, "2025-06-01")]),
            F.parcel("C-3", park: "K", F.box(0, 500, 1_000, 1_000), history: [(.compensated, "2025-06-01")]),
        ]
        let data = PlanningData(parks: [Self.park], parcels: parcels, works: Self.works)
        let gaps = try CoverageGapQuery(asOf: F.date("2026-09-30"), clearedOnly: true, utilities: [.power, .water]).run(data)
        let power = try Self.gap(gaps, .power), water = try Self.gap(gaps, .water)
        #expect(power.clearedOnly)
        #expect(power.targetAreaM2 == 500_000 && power.coveredAreaM2 == 250_000 && power.gapShare == 0.5)
        #expect(abs(water.coveredAreaM2 - 50_000) < 1e-6)
        let early = try CoverageGapQuery(asOf: F.date("2025-01-01"), clearedOnly: true, utilities: [.power]).run(data)[0]
        #expect(early.targetAreaM2 == 0 && early.gapShare == 0)
    }

    @Test func oneParkOrAllParksOnOneOrFourThreads() throws {
        let parks = F.staggeredBoxes(40).enumerated().map { F.park("K\($0.offset)", $0.element.mapCoordinates { Coordinate($0.x * 10, $0.y * 10) }) }
        let data = PlanningData(parks: parks, works: Self.works)
        let one = try CoverageGapQuery(asOf: F.date("2026-09-30"), threads: 1).run(data)
        #expect(one.count == 120)
        #expect(try CoverageGapQuery(asOf: F.date("2026-09-30"), threads: 4).run(data) == one)
        let single = try CoverageGapQuery(asOf: F.date("2026-09-30"), parkIds: ["K7"]).run(data)
        #expect(single == one.filter { $0.parkId == "K7" })
    }
}
