import Testing
@testable import Geo

@Suite struct IndexTests {
    @Test func strTreeAnswersExactlyWhatBruteForceFinds() throws {
        let shapes = TestShapes.randomQuads(count: 2_000, span: 5_000, seed: 11)
        let envelopes = shapes.map { $0.envelope! }
        let index = try SpatialIndex(envelopes: envelopes)
        #expect(index.count == 2_000)
        var rng = TestShapes.Random(state: 99)
        for _ in 0..<200 {
            let x = rng.uniform(0...5000), y = rng.uniform(0...5000), w = rng.uniform(1...300)
            let window = Envelope(minX: x, minY: y, maxX: x + w, maxY: y + w)
            let expected = envelopes.indices.filter { envelopes[$0].intersects(window) }
            #expect(try index.query(window) == expected)
        }
    }

    @Test func queryByNativeGeometry() throws {
        let squares = [TestShapes.square(0, 0, 10), TestShapes.square(20, 0, 10), TestShapes.square(40, 0, 10)]
        let index = try SpatialIndex(geometries: squares)
        let probe = try GeometryEngine.current.native(TestShapes.square(15, 2, 10))
        var hits: [Int] = []
        index.query(probe) { hits.append($0) }
        #expect(hits.sorted() == [1])
    }

    @Test func emptyGeometryIsNeverHit() throws {
        let index = try SpatialIndex(geometries: [TestShapes.square(0, 0, 2), .empty, TestShapes.square(10, 10, 2)])
        #expect(index.count == 3)
        #expect(try index.query(Envelope(minX: -100, minY: -100, maxX: 100, maxY: 100)) == [0, 2])
        #expect(try index.query(Envelope(minX: 5, minY: 5, maxX: 6, maxY: 6)).isEmpty)
        #expect(index.bounds == Envelope(minX: 0, minY: 0, maxX: 12, maxY: 12))
    }

    @Test func emptyIndexFindsNothing() throws {
        let index = try SpatialIndex(envelopes: [])
        #expect(try index.query(Envelope(minX: 0, minY: 0, maxX: 1, maxY: 1)).isEmpty)
        #expect(index.bounds == nil)
    }

    @Test func pointItemsAreFound() throws {
        let index = try SpatialIndex(geometries: [.point(Point(x: 1, y: 1)), .point(Point(x: 5, y: 5))])
        #expect(try index.query(Envelope(minX: 4, minY: 4, maxX: 6, maxY: 6)) == [1])
    }

    @Test func zeroWidthAndZeroHeightItemsAreFound() throws {
        let vertical = Geometry.lineString(LineString([Coordinate(5, 0), Coordinate(5, 10)]))
        let horizontal = Geometry.lineString(LineString([Coordinate(20, 3), Coordinate(30, 3)]))
        let index = try SpatialIndex(geometries: [vertical, horizontal])
        #expect(try index.query(Envelope(minX: 4, minY: 9, maxX: 6, maxY: 12)) == [0])
        #expect(try index.query(Envelope(minX: 25, minY: 3, maxX: 25, maxY: 3)) == [1])
        #expect(try index.query(Envelope(minX: 6, minY: 0, maxX: 19, maxY: 10)).isEmpty)
    }

    @Test func preparedPredicatesAgreeWithPlainOnes() throws {
        let engine = GeometryEngine.current
        let shapes = TestShapes.randomQuads(count: 300, span: 800, seed: 5)
        let natives = try shapes.map(engine.native)
        for i in stride(from: 0, to: 300, by: 7) {
            let prepared = try PreparedGeometry(natives[i])
            for j in 0..<300 {
                for p in [SpatialPredicate.intersects, .overlaps, .contains, .covers, .touches, .within] {
                    #expect(try prepared.evaluate(p, natives[j]) == natives[i].evaluate(p, natives[j]))
                }
            }
        }
    }

    @Test func preparedPointLookUp() throws {
        let prepared = try GeometryEngine.current.prepare(TestShapes.squareWithHole)
        #expect(try prepared.covers(Coordinate(1, 1)))
        #expect(try !prepared.covers(Coordinate(5, 5))) // in the hole
        #expect(try prepared.covers(Coordinate(10, 5))) // on the boundary
        #expect(try !prepared.covers(Coordinate(11, 5)))
    }
}
