import Geo
import Testing
@testable import Planner

@Suite struct LayerGapQueryTests {
    typealias F = QueryFixtures
    /// A 100 × 100 park covered by four parcels around a 10 × 10 hole in the middle.
    static let ringOfParcels = [F.box(0, 0, 100, 45), F.box(0, 55, 100, 100), F.box(0, 45, 45, 55), F.box(55, 45, 100, 55)]

    @Test func holeInTheMiddleIsAnEnclosedGapOfOneHundredSquareMetres() throws {
        let gaps = try LayerGapQuery(mode: .enclosed).gaps(containerId: "P", container: F.box(0, 0, 100, 100), features: Self.ringOfParcels)
        #expect(gaps.count == 1)
        #expect(gaps[0].areaM2 == 100)
        #expect(gaps[0].containerId == "P")
        #expect(gaps[0].geometry.envelope == Envelope(minX: 45, minY: 45, maxX: 55, maxY: 55))
        // `--min-area` keeps a gap of exactly the minimum (`>=`, as overlaps do) and drops a smaller one.
        #expect(try LayerGapQuery(mode: .enclosed, minAreaM2: 100).gaps(container: nil, features: Self.ringOfParcels).map(\.areaM2) == [100])
        #expect(try LayerGapQuery(mode: .enclosed, minAreaM2: 100.5).gaps(container: nil, features: Self.ringOfParcels).isEmpty)
        #expect(try LayerGapQuery(mode: .withinContainer).gaps(container: F.box(0, 0, 100, 100), features: Self.ringOfParcels).map(\.areaM2) == [100])
    }

    @Test func halfCoveredParkHasAWithinContainerGapButNoEnclosedOne() throws {
        let park = F.box(0, 0, 100, 100), parcels = [F.box(0, 0, 50, 100)]
        let open = try LayerGapQuery(mode: .withinContainer).gaps(container: park, features: parcels)
        #expect(open.map(\.areaM2) == [5_000])
        #expect(open[0].areaHa == 0.5)
        #expect(try LayerGapQuery(mode: .enclosed).gaps(container: park, features: parcels).isEmpty)
    }

    @Test func gapsAreSplitIntoConnectedPolygonsLargestFirst() throws {
        // Parcels leave a 10 × 100 strip on the left and a 20 × 100 strip on the right.
        let gaps = try LayerGapQuery(mode: .withinContainer).gaps(container: F.box(0, 0, 100, 100), features: [F.box(10, 0, 80, 100)])
        #expect(gaps.map(\.areaM2) == [2_000, 1_000])
    }

    @Test func parcelGapsPerParkUseEachParksOwnParcelsOnAnyThreadCount() throws {
        let parks = [F.park("A", F.box(0, 0, 100, 100)), F.park("B", F.box(200, 0, 300, 100))]
        let parcels = Self.ringOfParcels.enumerated().map { F.parcel("A\($0.offset)", park: "A", $0.element) }
            + [F.parcel("B1", park: "B", F.box(200, 0, 250, 100))]
        let data = PlanningData(parks: parks, parcels: parcels)
        let enclosed = try LayerGapQuery(mode: .enclosed, threads: 1).parcelGaps(data)
        #expect(enclosed.map(\.containerId) == ["A"])
        let open = try LayerGapQuery(mode: .withinContainer, threads: 1).parcelGaps(data)
        #expect(open.map { "\($0.containerId!):\($0.areaM2)" } == ["A:100.0", "B:5000.0"])
        #expect(try LayerGapQuery(mode: .withinContainer, threads: 4).parcelGaps(data) == open)
        #expect(try LayerGapQuery(mode: .withinContainer).parcelGaps(data, parkIds: ["B"]).map(\.areaM2) == [5_000])
    }
}
