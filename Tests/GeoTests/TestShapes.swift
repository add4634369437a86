import TestSupport
@testable import Geo

/// Hand-made shapes whose measures are known exactly.
enum TestShapes {
    static func square(_ x: Double, _ y: Double, _ size: Double) -> Geometry {
        .polygon(Envelope(minX: x, minY: y, maxX: x + size, maxY: y + size).polygon)
    }

    /// A 10×10 square with a 2×2 hole: area 96.
    static let squareWithHole = Geometry.polygon(Polygon(
        exterior: [Coordinate(0, 0), Coordinate(10, 0), Coordinate(10, 10), Coordinate(0, 10), Coordinate(0, 0)],
        holes: [[Coordinate(4, 4), Coordinate(4, 6), Coordinate(6, 6), Coordinate(6, 4), Coordinate(4, 4)]]))

    /// A bow-tie: self-intersecting at (5, 5); two triangles of 25 m² each.
    static let bowTie = Geometry.polygon(Polygon(exterior: [
        Coordinate(0, 0), Coordinate(10, 10), Coordinate(10, 0), Coordinate(0, 10), Coordinate(0, 0),
    ]))

    /// A deterministic pseudo-random generator (``TestSupport/SplitMix``) so tests repeat exactly.
    typealias Random = SplitMix

    /// `count` small random quadrilaterals (convex, valid) scattered over a `span`-metre square.
    static func randomQuads(count: Int, span: Double, seed: UInt64) -> [Geometry] {
        var rng = Random(state: seed)
        return (0..<count).map { _ in
            let cx = rng.uniform(0...span), cy = rng.uniform(0...span)
            let r = rng.uniform(5...40)
            let pts = (0..<4).map { k -> Coordinate in
                let angle = Double(k) * .pi / 2 + rng.uniform(-0.3...0.3)
                let rr = r * rng.uniform(0.7...1.0)
                return Coordinate(cx + rr * cos(angle), cy + rr * sin(angle))
            }
            return .polygon(Polygon(exterior: pts + [pts[0]]))
        }
    }
}

#if canImport(Glibc)
import Glibc
#endif
