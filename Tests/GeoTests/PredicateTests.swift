import Testing
@testable import Geo

@Suite struct PredicateTests {
    let a = TestShapes.square(0, 0, 10)
    let overlapping = TestShapes.square(5, 5, 10)
    let touching = TestShapes.square(10, 0, 10)
    let inside = TestShapes.square(2, 2, 3)
    let far = TestShapes.square(100, 100, 1)

    @Test func overlappingSquares() throws {
        #expect(try a.intersects(overlapping))
        #expect(try a.overlaps(overlapping))
        #expect(try !a.contains(overlapping))
        #expect(try !a.touches(overlapping))
    }

    @Test func edgeContactIsNotOverlap() throws {
        #expect(try a.intersects(touching))
        #expect(try a.touches(touching))
        #expect(try !a.overlaps(touching))
    }

    @Test func containment() throws {
        #expect(try a.contains(inside))
        #expect(try a.covers(inside))
        #expect(try inside.within(a))
        #expect(try !a.overlaps(inside))
        #expect(try a.evaluate(.coveredBy, TestShapes.square(-1, -1, 12)))
    }

    @Test func disjointAndEquals() throws {
        #expect(try a.evaluate(.disjoint, far))
        #expect(try !a.intersects(far))
        let reversed = Geometry.polygon(Polygon(exterior: a.polygons[0].exterior.reversed()))
        #expect(try a.evaluate(.equals, reversed))
    }

    @Test func relateMatrices() throws {
        let engine = GeometryEngine.current
        let na = try engine.native(a)
        #expect(try na.relate(engine.native(overlapping)) == "212101212")
        #expect(try na.relate(engine.native(touching)) == "FF2F11212")
        #expect(try na.relate(engine.native(inside)) == "212FF1FF2")
        #expect(try na.relate(engine.native(far)) == "FF2FF1212")
    }

    @Test func linesCross() throws {
        let l1 = Geometry.lineString(LineString([Coordinate(0, 0), Coordinate(10, 10)]))
        let l2 = Geometry.lineString(LineString([Coordinate(0, 10), Coordinate(10, 0)]))
        #expect(try l1.evaluate(.crosses, l2))
    }
}
