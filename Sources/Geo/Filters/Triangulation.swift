/// A polygonal geometry cut into triangles by ear clipping, every triangle corner an input
/// vertex, every turn decided by the certain ``Orientation`` test; `init` returns `nil`
/// (and callers take the exact GEOS path) for anything it cannot cut with certainty:
/// polygons with holes, rings of more than ``maximumRingSize`` vertices, self-touching or
/// invalid rings (the triangles' areas must add up to the ring's area).
///
/// The triangles cover the polygon and their interiors are disjoint, so two geometries
/// share area exactly when some pair of their triangles does, and the area they share is
/// the sum over triangle pairs: what ``PolygonFootprint`` uses for non-convex parcels.
public struct Triangulation: Sendable, Hashable {
    /// Rings longer than this are not cut (ear clipping is quadratic): small parcels only.
    public static let maximumRingSize = 64

    /// The corners, three per triangle, each triangle counter-clockwise.
    public let corners: [Coordinate]

    /// The number of triangles.
    public var count: Int { corners.count / 3 }

    /// Cuts every polygon of `geometry`; `nil` when one cannot be cut with certainty.
    public init?(_ geometry: Geometry) {
        var corners: [Coordinate] = []
        let polygons = geometry.polygons
        guard !polygons.isEmpty else { return nil }
        for polygon in polygons {
            guard polygon.holes.isEmpty, polygon.exterior.count <= Self.maximumRingSize + 1,
                  Self.cut(polygon.exterior, into: &corners) else { return nil }
        }
        self.corners = corners
    }

    private static func cut(_ ring: [Coordinate], into corners: inout [Coordinate]) -> Bool {
        var points = Array(ring.dropLast())
        let area = Ring.signedArea(ring)
        guard points.count >= 3, area != 0 else { return false }
        if area < 0 { points.reverse() }
        let start = corners.count
        var remaining = points
        while remaining.count > 3 {
            let m = remaining.count
            var clipped = false
            for k in 0..<m {
                let a = remaining[(k + m - 1) % m], b = remaining[k], c = remaining[(k + 1) % m]
                guard let turn = Orientation.of(a, b, c) else { return false }
                if turn == .collinear {
                    // A straight (or zero-width) vertex: dropping it changes no area.
                    remaining.remove(at: k)
                    clipped = true
                    break
                }
                guard turn == .left else { continue }
                var isEar = true
                for (q, p) in remaining.enumerated() where q != k && q != (k + m - 1) % m && q != (k + 1) % m {
                    // Any other vertex in or on the triangle (or undecidable) rules the ear out.
                    guard let s1 = Orientation.of(a, b, p), let s2 = Orientation.of(b, c, p),
                          let s3 = Orientation.of(c, a, p) else { isEar = false; break }
                    if s1 != .right && s2 != .right && s3 != .right { isEar = false; break }
                }
                guard isEar else { continue }
                corners.append(contentsOf: [a, b, c])
                remaining.remove(at: k)
                clipped = true
                break
            }
            guard clipped else { return false }
        }
        if remaining.count == 3 {
            guard let turn = Orientation.of(remaining[0], remaining[1], remaining[2]) else { return false }
            if turn == .left { corners.append(contentsOf: remaining) } else if turn == .right { return false }
        }
        // The triangles must make up the ring's area: a self-crossing ring would not.
        var sum = 0.0
        var t = start
        while t < corners.count {
            sum += Ring.signedArea([corners[t], corners[t + 1], corners[t + 2], corners[t]])
            t += 3
        }
        return abs(sum - abs(area)) <= 1e-9 * abs(area)
    }
}

extension Triangulation {
    private func triangle(_ t: Int) -> ArraySlice<Coordinate> { corners[(3 * t)..<(3 * t + 3)] }

    private static func boxesMeet(_ a: ArraySlice<Coordinate>, _ b: ArraySlice<Coordinate>) -> Bool {
        let i = a.startIndex, j = b.startIndex
        return max(a[i].x, a[i + 1].x, a[i + 2].x) >= min(b[j].x, b[j + 1].x, b[j + 2].x)
            && max(b[j].x, b[j + 1].x, b[j + 2].x) >= min(a[i].x, a[i + 1].x, a[i + 2].x)
            && max(a[i].y, a[i + 1].y, a[i + 2].y) >= min(b[j].y, b[j + 1].y, b[j + 2].y)
            && max(b[j].y, b[j + 1].y, b[j + 2].y) >= min(a[i].y, a[i + 1].y, a[i + 2].y)
    }

    /// True when every triangle of one is certainly separated from every triangle of the
    /// other: the two geometries' interiors do not meet. `false` means "not proven".
    public func interiorsDisjoint(from other: Triangulation) -> Bool {
        for t in 0..<count {
            let a = triangle(t)
            for u in 0..<other.count {
                let b = other.triangle(u)
                if Self.boxesMeet(a, b) && !ConvexClip.separated(a, b) { return false }
            }
        }
        return true
    }

    /// The area the two geometries share: the sum of the areas shared by their triangles
    /// (exact but for rounding, about 1e-15 of the squared extent per triangle pair).
    public func sharedArea(with other: Triangulation) -> Double {
        var sum = 0.0
        for t in 0..<count {
            let a = triangle(t)
            for u in 0..<other.count {
                let b = other.triangle(u)
                if Self.boxesMeet(a, b) && !ConvexClip.separated(a, b) { sum += ConvexClip.sharedArea(a, b) }
            }
        }
        return sum
    }
}
