import Geo
import Testing
@testable import Planner

@Suite struct OverlapQueryTests {
    typealias F = QueryFixtures

    static func layer(_ boxes: [Geometry], name: String = "parcels", prefix: String = "P") -> OverlapLayer {
        OverlapLayer(name: name, features: boxes.enumerated().map { .init(id: "\(prefix)\($0.offset + 1)", geometry: $0.element) })
    }

    @Test func twoSquaresOverlappingByAQuarterGiveOneFinding() throws {
        let found = try OverlapQuery().within(Self.layer([F.box(0, 0, 10, 10), F.box(5, 5, 15, 15)]))
        #expect(found.count == 1)
        let f = try #require(found.first)
        #expect((f.a, f.b, f.layerA, f.layerB) == ("P1", "P2", "parcels", "parcels"))
        #expect(f.areaM2 == 25)
        #expect(f.areaHa == 0.0025)
        #expect(f.shareOfA == 0.25 && f.shareOfB == 0.25)
        #expect(f.geometry.area == 25)
        #expect(f.geometry.envelope == Envelope(minX: 5, minY: 5, maxX: 10, maxY: 10))
    }

    @Test func squaresTouchingAlongAnEdgeOrACornerDoNotOverlap() throws {
        #expect(try OverlapQuery().within(Self.layer([F.box(0, 0, 10, 10), F.box(10, 0, 20, 10), F.box(20, 10, 30, 20)])).isEmpty)
    }

    @Test func sliverBelowTheMinimumAreaIsDropped() throws {
        let layer = Self.layer([F.box(0, 0, 10, 10), F.box(9.95, 0, 20, 10)])
        #expect(try OverlapQuery(minAreaM2: 1).within(layer).isEmpty)
        let kept = try OverlapQuery().within(layer)
        #expect(kept.count == 1)
        #expect(abs(kept[0].areaM2 - 0.5) < 1e-9)
    }

    @Test func parcelInsideARiceZoneIsWhollyCovered() throws {
        let zones = [
            LandUseZone(id: "Z-LUC", landUse: .riceLand, area: F.box(0, 0, 100, 100)),
            LandUseZone(id: "Z-RPH", landUse: .protectedForest, area: F.box(0, 0, 100, 100)),
        ]
        let parcels = OverlapLayer.parcels([F.parcel("P1", park: nil, F.box(10, 10, 20, 20))])
        let rice = try OverlapQuery().between(parcels, .zones(zones, landUses: [.riceLand]))
        #expect(rice.map(\.b) == ["Z-LUC"])
        #expect(rice[0].layerB == "zones")
        #expect(rice[0].shareOfA == 1)
        #expect(rice[0].shareOfB == 0.01)
        #expect(rice[0].areaM2 == 100)
        let forest = try OverlapQuery().between(parcels, .zones(zones, landUses: [.protectedForest, LandUseCode(rawValue: "RDD")]))
        #expect(forest.map(\.b) == ["Z-RPH"])
    }

    @Test func containmentIsReportedBetweenParksAndUnitsAndWithinParks() throws {
        let zone = F.park("EZ", F.box(0, 0, 1000, 1000)), inner = F.park("IP", F.box(100, 100, 300, 300))
        let withinParks = try OverlapQuery().within(.parks([zone, inner]))
        #expect(withinParks.map { [$0.a, $0.b] } == [["EZ", "IP"]])
        #expect(withinParks[0].shareOfB == 1)
        #expect(withinParks[0].shareOfA == 0.04)
        let units = [F.unit("U1", F.box(0, 0, 200, 1000), level: .district), F.unit("U2", F.box(200, 0, 1000, 1000), level: .district)]
        let split = try OverlapQuery().between(.parks([inner]), .units(units, level: .district))
        #expect(split.map(\.b) == ["U1", "U2"])
        #expect(split.map(\.shareOfA) == [0.5, 0.5])
        #expect(split[0].layerB == "units:district")
    }

    @Test func findingsAreSortedAndTheSameOnOneOrFourThreads() throws {
        let layer = Self.layer(F.staggeredBoxes(400))
        let one = try OverlapQuery(threads: 1).within(layer)
        let four = try OverlapQuery(threads: 4).within(layer)
        #expect(one.count > 400)
        #expect(one == four)
        let position = Dictionary(uniqueKeysWithValues: layer.features.enumerated().map { ($1.id, $0) })
        let keys = one.map { (position[$0.a]!, position[$0.b]!) }
        #expect(keys.allSatisfy { $0.0 < $0.1 })
        #expect(zip(keys, keys.dropFirst()).allSatisfy { $0 < $1 })
        let other = Self.layer(F.staggeredBoxes(60).map { $0.mapCoordinates { Coordinate($0.x + 3, $0.y + 4) } }, name: "zones", prefix: "Z")
        #expect(try OverlapQuery(threads: 1).between(layer, other) == OverlapQuery(threads: 4).between(layer, other))
    }
}
