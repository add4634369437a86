import Testing
@testable import Geo

@Suite struct OverlayTests {
    let a = TestShapes.square(0, 0, 10)
    let b = TestShapes.square(5, 5, 10)

    @Test func intersectionDifferenceUnionAreas() throws {
        #expect(abs(try a.intersection(b).area - 25) < 1e-9)
        #expect(abs(try a.difference(b).area - 75) < 1e-9)
        #expect(abs(try a.union(b).area - 175) < 1e-9)
    }

    @Test func disjointIntersectionIsEmpty() throws {
        #expect(try a.intersection(TestShapes.square(50, 50, 1)).isEmpty)
    }

    @Test func unaryUnionOfMany() throws {
        // Three 10×10 squares in a row, each overlapping the next by 5 m: 10 × 20 = 200 m².
        let u = try Geometry.unaryUnion([a, TestShapes.square(5, 0, 10), TestShapes.square(10, 0, 10)])
        #expect(abs(u.area - 200) < 1e-9)
        #expect(u.polygons.count == 1)
    }

    @Test func holeIsSubtracted() throws {
        let hit = try TestShapes.squareWithHole.intersection(TestShapes.square(3, 3, 4))
        #expect(abs(hit.area - 12) < 1e-9) // 16 minus the 2×2 hole
    }

    @Test func bufferOfPointApproximatesCircle() throws {
        let disc = try Geometry.point(Point(x: 0, y: 0)).buffer(100, quadrantSegments: 64)
        let exact = Double.pi * 100 * 100
        #expect(disc.area < exact && disc.area > exact * 0.999)
    }

    @Test func bufferOfLineIsACorridor() throws {
        let line = Geometry.lineString(LineString([Coordinate(0, 0), Coordinate(1000, 0)]))
        let corridor = try line.buffer(50, quadrantSegments: 64)
        let expected = 1000 * 100 + Double.pi * 50 * 50
        #expect(abs(corridor.area - expected) / expected < 1e-3)
    }

    @Test func distanceBetweenSquares() throws {
        #expect(abs(try a.distance(to: TestShapes.square(13, 0, 1)) - 3) < 1e-12)
    }
}
