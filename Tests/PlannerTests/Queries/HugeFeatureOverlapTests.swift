import Geo
import Testing
@testable import Planner

/// One huge legal parcel (here 400 holes, 2 005 vertices, above the 1 000 the test sets
/// instead of ``FeaturePieces/vertexLimit``) is overlaid piece by piece: the findings must be the
/// ones a whole-feature GEOS overlay gives, pair for pair, area for area.
@Suite struct HugeFeatureOverlapTests {
    typealias F = QueryFixtures

    /// A 1 000 m square with 20 × 20 holes of 2 m, and 25 neighbours of 150 m laid over
    /// it on a 200 m grid (some over holes, some past its edge), plus one far away.
    static let layer: OverlapLayer = {
        var holes: [[Coordinate]] = []
        for i in 0..<20 {
            for j in 0..<20 {
                let x = Double(i) * 50 + 25, y = Double(j) * 50 + 25
                holes.append([Coordinate(x: x, y: y), Coordinate(x: x, y: y + 2), Coordinate(x: x + 2, y: y + 2),
                              Coordinate(x: x + 2, y: y), Coordinate(x: x, y: y)])
            }
        }
        let outer = [Coordinate(x: 0, y: 0), Coordinate(x: 1000, y: 0), Coordinate(x: 1000, y: 1000),
                     Coordinate(x: 0, y: 1000), Coordinate(x: 0, y: 0)]
        var features = [OverlapLayer.Feature(id: "HUGE", geometry: .polygon(Polygon(exterior: outer, holes: holes)))]
        for i in 0..<5 {
            for j in 0..<5 {
                let x = Double(i) * 230 - 40, y = Double(j) * 230 - 40
                features.append(.init(id: "N\(i)\(j)", geometry: F.box(x, y, x + 150, y + 150)))
            }
        }
        features.append(.init(id: "FAR", geometry: F.box(5000, 5000, 5100, 5100)))
        return OverlapLayer(name: "parcels", features: features)
    }()

    @Test func piecewiseFindingsEqualWholeOverlays() throws {
        var query = OverlapQuery(threads: 1)
        query.cutAboveVertices = 1_000
        let found = try query.within(Self.layer).filter { $0.a == "HUGE" }
        let engine = GeometryEngine.current
        let huge = try engine.native(Self.layer.features[0].geometry)
        var expected: [String: Double] = [:]
        for f in Self.layer.features.dropFirst() {
            let area = try huge.intersection(engine.native(f.geometry)).area()
            if area > 0 { expected[f.id] = area }
        }
        #expect(expected.count == 25)
        #expect(Set(found.map(\.b)) == Set(expected.keys))
        for f in found {
            let want = try #require(expected[f.b])
            #expect(abs(f.areaM2 - want) <= 1e-9 * want, "\(f.b): \(f.areaM2) m² against \(want) m²")
            #expect(abs(f.geometry.area - want) <= 1e-9 * want)
            #expect(abs(f.shareOfB - want / (150 * 150)) <= 1e-9)
        }
    }

    @Test func aHugeFeatureIsCutAndASmallOneIsNot() throws {
        let engine = GeometryEngine.current
        #expect(try FeaturePieces(cutting: engine.native(Self.layer.features[0].geometry), above: 1_000) != nil)
        #expect(try FeaturePieces(cutting: engine.native(Self.layer.features[0].geometry)) == nil)
        #expect(try FeaturePieces(cutting: engine.native(Self.layer.features[1].geometry), above: 1_000) == nil)
    }
}
