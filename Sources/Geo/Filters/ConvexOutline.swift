/// The convex hull of a polygonal geometry's outer rings, kept as a filter that proves,
/// without GEOS, that two features cannot overlap (or cannot share more than a given
/// area), so the exact overlay is run only for the pairs that may.
///
/// Every hull vertex is an input vertex (never a computed one), and the hull is built
/// with the certain ``Orientation`` test only: a ring on which floating point cannot
/// decide a turn gets no outline (`init` returns `nil`) and its pairs take the exact path.
/// Because a polygon lies inside its hull, what the outlines prove holds for the
/// polygons: hulls whose interiors are disjoint mean polygons whose interiors are
/// disjoint (area shared 0), and the area the hulls share bounds the area the polygons share.
///
/// Neighbouring land parcels share edges exactly; for convex parcels the shared edge
/// separates the hulls, which ``interiorsDisjoint(from:)`` proves with a few
/// orientation tests where GEOS would build an intersection graph.
public struct ConvexOutline: Sendable, Hashable {
    /// The hull's vertices, counter-clockwise, not closed (first ≠ last), at least 3.
    public let vertices: [Coordinate]
    /// The hull's envelope.
    public let envelope: Envelope

    /// The hull of every vertex of the geometry's exterior rings (holes lie inside them);
    /// `nil` for a geometry with no area or when a turn cannot be decided exactly.
    public init?(_ geometry: Geometry) {
        var points: [Coordinate] = []
        for polygon in geometry.polygons { points.append(contentsOf: polygon.exterior) }
        guard points.count >= 3 else { return nil }
        points.sort { $0.x < $1.x || ($0.x == $1.x && $0.y < $1.y) }
        // Andrew's monotone chain. A point is dropped only when the turn it makes is
        // certainly clockwise or exactly straight; an undecidable turn gives up.
        var hull: [Coordinate] = []
        hull.reserveCapacity(points.count + 1)
        func add(_ p: Coordinate, floor: Int) -> Bool {
            while hull.count >= floor + 2 {
                guard let turn = Orientation.of(hull[hull.count - 2], hull[hull.count - 1], p) else { return false }
                if turn == .left { break }
                hull.removeLast()
            }
            hull.append(p)
            return true
        }
        var previous: Coordinate?
        for p in points where p != previous {
            guard add(p, floor: 0) else { return nil }
            previous = p
        }
        let lowerCount = hull.count
        previous = points.last
        for p in points.reversed().dropFirst() where p != previous {
            guard add(p, floor: lowerCount - 1) else { return nil }
            previous = p
        }
        hull.removeLast() // the first point again
        guard hull.count >= 3 else { return nil }
        vertices = hull
        envelope = Envelope(of: hull)!
    }

    /// True when an edge of either hull certainly separates them: every vertex of the
    /// other hull lies right of it or on its line. Then the interiors of the two
    /// geometries do not meet (they may touch). `false` means "not proven".
    public func interiorsDisjoint(from other: ConvexOutline) -> Bool {
        guard envelope.intersects(other.envelope) else { return true }
        return ConvexClip.separated(vertices[...], other.vertices[...])
    }

    /// The area of the intersection of the two hulls, an upper bound of the area the two
    /// geometries share, exact but for rounding (computed around a local origin, so the
    /// error is about 1e-15 of the squared extent; see ``areaTolerance(with:)``).
    public func sharedAreaBound(with other: ConvexOutline) -> Double {
        guard envelope.intersects(other.envelope) else { return 0 }
        return ConvexClip.sharedArea(vertices[...], other.vertices[...])
    }

    /// A margin safely larger than the rounding error of ``sharedAreaBound(with:)`` for
    /// these two hulls (square units): 1e-12 of the square of their joint extent.
    public func areaTolerance(with other: ConvexOutline) -> Double {
        var e = envelope
        e.expand(toInclude: other.envelope)
        let extent = max(e.width, e.height)
        return 1e-12 * extent * extent + 1e-12
    }
}
