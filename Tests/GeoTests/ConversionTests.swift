import Testing
@testable import Geo

@Suite struct ConversionTests {
    static let samples: [Geometry] = [
        .point(Point(x: 1.5, y: -2)),
        .lineString(LineString([Coordinate(0, 0), Coordinate(1, 1), Coordinate(2, 0)])),
        TestShapes.squareWithHole,
        .multiPoint(MultiPoint([Point(x: 0, y: 0), Point(x: 3, y: 4)])),
        .multiLineString(MultiLineString([LineString([Coordinate(0, 0), Coordinate(1, 0)])])),
        .multiPolygon(MultiPolygon([Envelope(minX: 0, minY: 0, maxX: 1, maxY: 1).polygon,
                                    Envelope(minX: 2, minY: 2, maxX: 3, maxY: 3).polygon])),
        .collection([.point(Point(x: 9, y: 9)), TestShapes.square(0, 0, 2)]),
        .empty,
    ]

    @Test(arguments: samples)
    func roundTripThroughGEOS(_ g: Geometry) throws {
        let native = try GeometryEngine.current.native(g)
        #expect(try native.geometry() == g)
    }

    @Test func multiPointWithAnEmptyMemberKeepsTheOtherPoints() throws {
        let g = try WKT.geometry("MULTIPOINT (EMPTY, (1 1))")
        #expect(g == .multiPoint(MultiPoint([Point(x: 1, y: 1)])))
    }

    @Test func geosAreaAgreesWithSwiftArea() throws {
        for g in TestShapes.randomQuads(count: 50, span: 1000, seed: 7) + [TestShapes.squareWithHole] {
            let native = try GeometryEngine.current.native(g)
            #expect(abs(try native.area() - g.area) < 1e-9)
            #expect(abs(try native.length() - g.length) < 1e-9)
        }
    }

    @Test func geosRefusesAnUnclosedRingWithItsMessage() {
        let bad = Geometry.polygon(Polygon(exterior: [Coordinate(0, 0), Coordinate(1, 0), Coordinate(1, 1), Coordinate(0, 1)]))
        do {
            _ = try GeometryEngine.current.native(bad)
            Issue.record("GEOS accepted an unclosed ring")
        } catch let error as GeoError {
            #expect(error.kind == .geos)
            #expect(error.message.contains("closed"))
            // The engine is usable again after the error.
            #expect((try? GeometryEngine.current.native(TestShapes.square(0, 0, 1)).area()) == 1)
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }
}
