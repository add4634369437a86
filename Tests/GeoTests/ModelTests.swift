import Testing
@testable import Geo

@Suite struct ModelTests {
    @Test func polygonWithHoleArea() {
        #expect(TestShapes.squareWithHole.area == 96)
        #expect(TestShapes.squareWithHole.length == 48)
    }

    @Test func areaIgnoresOrientation() {
        let ccw = Envelope(minX: 0, minY: 0, maxX: 3, maxY: 2).polygon
        let cw = Polygon(exterior: ccw.exterior.reversed())
        #expect(Ring.isCounterClockwise(ccw.exterior))
        #expect(!Ring.isCounterClockwise(cw.exterior))
        #expect(Geometry.polygon(cw).area == 6)
    }

    @Test func areaKeepsPrecisionAtCadastralEastings() {
        // A 1 m square at E 596 579, N 2 307 734: shoelace relative to the first vertex.
        let g = TestShapes.square(596_579.0, 2_307_734.0, 1)
        #expect(abs(g.area - 1) < 1e-9)
    }

    @Test func envelopeOfMultiPolygon() {
        let g = Geometry.multiPolygon(MultiPolygon([
            Envelope(minX: 0, minY: 0, maxX: 1, maxY: 1).polygon,
            Envelope(minX: 5, minY: -2, maxX: 6, maxY: 3).polygon,
        ]))
        #expect(g.envelope == Envelope(minX: 0, minY: -2, maxX: 6, maxY: 3))
        #expect(Geometry.empty.envelope == nil)
        #expect(Geometry.empty.isEmpty)
        #expect(g.isPolygonal && g.polygons.count == 2)
    }

    @Test func lineLength() {
        let l = Geometry.lineString(LineString([Coordinate(0, 0), Coordinate(3, 4), Coordinate(3, 10)]))
        #expect(l.length == 11)
        #expect(l.area == 0)
    }

    @Test func envelopeIntersection() {
        let a = Envelope(minX: 0, minY: 0, maxX: 10, maxY: 10)
        #expect(a.intersects(Envelope(minX: 10, minY: 10, maxX: 12, maxY: 12)))
        #expect(!a.intersects(Envelope(minX: 10.1, minY: 0, maxX: 12, maxY: 1)))
        #expect(a.contains(Coordinate(5, 5)) && !a.contains(Coordinate(-1, 5)))
    }

    @Test func mapCoordinatesKeepsStructure() {
        let moved = TestShapes.squareWithHole.mapCoordinates { Coordinate($0.x + 100, $0.y) }
        #expect(moved.area == 96)
        #expect(moved.envelope?.minX == 100)
    }
}
