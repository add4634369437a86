import Foundation
import Testing
@testable import Geo

/// The Swift-side filters (exact orientation, convex outlines, the ray-crossing cover
/// test) must agree with exact arithmetic and with GEOS whenever they give an answer.
@Suite struct FilterTests {
    private func ring(_ points: [(Double, Double)]) -> Geometry {
        let cs = points.map { Coordinate($0.0, $0.1) }
        return .polygon(Polygon(exterior: cs + [cs[0]]))
    }

    @Test func orientationOfIntegerPointsIsAlwaysDecidedAndExact() {
        var rng = TestShapes.Random(state: 5)
        for _ in 0..<20_000 {
            // Coordinates below 2^20: every product is exact, so the sign must be found.
            let v = (0..<6).map { _ in Int(rng.next() % (1 << 20)) - (1 << 19) }
            let exact = (v[0] - v[4]) * (v[3] - v[5]) - (v[1] - v[5]) * (v[2] - v[4])
            let got = Orientation.of(Coordinate(Double(v[0]), Double(v[1])), Coordinate(Double(v[2]), Double(v[3])),
                                     Coordinate(Double(v[4]), Double(v[5])))
            #expect(got == (exact > 0 ? .left : exact < 0 ? .right : .collinear))
        }
    }

    @Test func orientationNeverGuessesWrongNearALineWithLargeEastings() {
        // Points on the line through a and b, rounded to doubles at eastings near 600 km:
        // the filter must say "undecided" or give the exact sign (checked with integers
        // scaled by 2^10, exactly representable here).
        let a = Coordinate(596_579.5, 2_307_734.25), b = Coordinate(596_779.75, 2_307_934.5)
        var undecided = 0
        for k in 0..<2_000 {
            let t = Double(k) / 2_000
            let c = Coordinate(a.x + t * (b.x - a.x), a.y + t * (b.y - a.y))
            let s = 1024.0
            let ax = Int(a.x * s), ay = Int(a.y * s), bx = Int(b.x * s), by = Int(b.y * s)
            let cx = Int((c.x * s).rounded()), cy = Int((c.y * s).rounded())
            let exactC = Double(cx) / s == c.x && Double(cy) / s == c.y
            guard let got = Orientation.of(a, b, c) else { undecided += 1; continue }
            if exactC {
                let det = (ax - cx) * (by - cy) - (ay - cy) * (bx - cx)
                #expect(got == (det > 0 ? .left : det < 0 ? .right : .collinear))
            }
        }
        #expect(undecided < 2_000)
    }

    @Test func outlineIsTheCounterClockwiseHullWithoutCollinearOrRepeatedPoints() throws {
        // An L-shape with a collinear vertex on its bottom edge, given clockwise.
        let l = ring([(0, 0), (0, 10), (5, 10), (5, 5), (10, 5), (10, 0), (5, 0)])
        let outline = try #require(ConvexOutline(l))
        #expect(outline.vertices == [Coordinate(0, 0), Coordinate(10, 0), Coordinate(10, 5), Coordinate(5, 10), Coordinate(0, 10)])
        #expect(ConvexOutline(ring([(0, 0), (5, 5), (10, 10)])) == nil)
    }

    @Test func neighboursSharingAnEdgeAreProvenDisjointAndOverlapsAreNot() throws {
        let a = try #require(ConvexOutline(ring([(0, 0), (10, 0), (10, 10), (0, 10)])))
        let right = try #require(ConvexOutline(ring([(10, 0), (20, 0), (20, 10), (10, 10)])))
        let corner = try #require(ConvexOutline(ring([(10, 10), (20, 10), (20, 20), (10, 20)])))
        let overlapping = try #require(ConvexOutline(ring([(5, 0), (15, 0), (15, 10), (5, 10)])))
        #expect(a.interiorsDisjoint(from: right))
        #expect(right.interiorsDisjoint(from: a))
        #expect(a.interiorsDisjoint(from: corner))
        #expect(!a.interiorsDisjoint(from: overlapping))
        #expect(a.sharedAreaBound(with: overlapping) == 50)
        #expect(a.sharedAreaBound(with: right) == 0)
    }

    @Test func sharedAreaBoundEqualsGEOSForConvexShapesAndBoundsItOtherwise() throws {
        let engine = GeometryEngine.current
        var rng = TestShapes.Random(state: 21)
        let shapes = TestShapes.randomQuads(count: 400, span: 400, seed: 3)
        for _ in 0..<600 {
            let a = shapes[Int(rng.next() % 400)], b = shapes[Int(rng.next() % 400)]
            guard let oa = ConvexOutline(a), let ob = ConvexOutline(b) else { continue }
            let exact = try engine.native(a).intersection(engine.native(b)).area()
            let bound = oa.sharedAreaBound(with: ob)
            #expect(bound + oa.areaTolerance(with: ob) >= exact)
            let hullA = Geometry.polygon(Polygon(exterior: oa.vertices + [oa.vertices[0]]))
            let hullB = Geometry.polygon(Polygon(exterior: ob.vertices + [ob.vertices[0]]))
            let hulls = try engine.native(hullA).intersection(engine.native(hullB)).area()
            #expect(abs(bound - hulls) <= 1e-9 * max(1, hulls))
            if oa.interiorsDisjoint(from: ob) { #expect(exact == 0) }
        }
    }

    @Test func crossingTestAgreesWithGEOSCoversIncludingBoundaries() throws {
        let engine = GeometryEngine.current
        let shapes = [TestShapes.squareWithHole, ring([(0, 0), (10, 0), (10, 4), (6, 4), (6, 10), (0, 10)]),
                      .multiPolygon(MultiPolygon([TestShapes.squareWithHole.polygons[0],
                                                  TestShapes.square(20, 0, 5).polygons[0]]))]
        var rng = TestShapes.Random(state: 8)
        var points: [Coordinate] = []
        for _ in 0..<3_000 { points.append(Coordinate(rng.uniform(-2...27), rng.uniform(-2...12))) }
        // On vertices, on horizontal and vertical edges, on hole rings, half-integers.
        for x in stride(from: -1.0, through: 26, by: 0.5) {
            for y in stride(from: -1.0, through: 11, by: 0.5) { points.append(Coordinate(x, y)) }
        }
        var decided = 0
        for shape in shapes {
            let prepared = try engine.prepare(shape)
            for p in points {
                guard let covered = shape.coversByCrossings(p) else { continue }
                decided += 1
                #expect(covered == (try prepared.covers(p)), "\(p)")
            }
        }
        #expect(decided == shapes.count * points.count)
    }
}

/// Ear clipping and the triangle-pair screen against GEOS.
@Suite struct TriangulationTests {
    private func ring(_ points: [(Double, Double)]) -> Geometry {
        let cs = points.map { Coordinate($0.0, $0.1) }
        return .polygon(Polygon(exterior: cs + [cs[0]]))
    }

    /// Irregular star-like polygons (non-convex) with 5–9 vertices.
    private func stars(count: Int, seed: UInt64) -> [Geometry] {
        var rng = TestShapes.Random(state: seed)
        return (0..<count).map { _ in
            let cx = rng.uniform(0...300), cy = rng.uniform(0...300)
            let n = 5 + Int(rng.next() % 5)
            return ring((0..<n).map { k in
                let angle = Double(k) * 2 * .pi / Double(n) + rng.uniform(-0.2...0.2)
                let r = rng.uniform(8...40)
                return (cx + r * cos(angle), cy + r * sin(angle))
            })
        }
    }

    @Test func trianglesMakeUpTheRingInEitherOrientation() throws {
        let l = ring([(0, 0), (0, 10), (5, 10), (5, 5), (10, 5), (10, 0), (5, 0)])
        let t = try #require(Triangulation(l))
        var area = 0.0
        for k in 0..<t.count {
            let c = Array(t.corners[(3 * k)..<(3 * k + 3)])
            #expect(Orientation.of(c[0], c[1], c[2]) == .left)
            area += Ring.signedArea(c + [c[0]])
        }
        #expect(abs(area - 75) < 1e-12)
        #expect(Triangulation(TestShapes.squareWithHole) == nil)
        #expect(Triangulation(TestShapes.bowTie) == nil)
    }

    @Test func trianglePairsGiveGEOSAreasAndNeverProveAFalseDisjointness() throws {
        let engine = GeometryEngine.current
        let shapes = stars(count: 300, seed: 17)
        var rng = TestShapes.Random(state: 4)
        var compared = 0, disjointProven = 0
        for _ in 0..<1_500 {
            let a = shapes[Int(rng.next() % 300)], b = shapes[Int(rng.next() % 300)]
            guard let ta = Triangulation(a), let tb = Triangulation(b) else { continue }
            let exact = try engine.native(a).intersection(engine.native(b)).area()
            let shared = ta.sharedArea(with: tb)
            #expect(abs(shared - exact) <= 1e-9 * max(1, exact), "\(shared) vs \(exact)")
            if ta.interiorsDisjoint(from: tb) {
                disjointProven += 1
                #expect(exact == 0)
            }
            compared += 1
        }
        #expect(compared > 1_000)
        #expect(disjointProven > 100)
    }

    @Test func polygonsSharingAnEdgeExactlyAreProvenDisjoint() throws {
        // A non-convex parcel and its neighbour share the edge (10,0)-(10,10) exactly.
        let a = try #require(Triangulation(ring([(0, 0), (10, 0), (10, 10), (5, 4), (0, 10)])))
        let b = try #require(Triangulation(ring([(10, 0), (20, 0), (20, 10), (10, 10)])))
        #expect(a.interiorsDisjoint(from: b))
        let pushed = try #require(Triangulation(ring([(10, 0), (20, 0), (20, 10), (9, 10)])))
        #expect(!a.interiorsDisjoint(from: pushed))
        let engine = GeometryEngine.current
        let exact = try engine.native(ring([(0, 0), (10, 0), (10, 10), (5, 4), (0, 10)]))
            .intersection(engine.native(ring([(10, 0), (20, 0), (20, 10), (9, 10)]))).area()
        #expect(exact > 1)
        #expect(abs(a.sharedArea(with: pushed) - exact) < 1e-12)
    }
}
