extension Geometry {
    /// Whether the geometry's polygons cover `point` (inside or on the boundary), decided
    /// in Swift on the stored vertices, or `nil` when floating point cannot decide it
    /// exactly (the point is on or within rounding of an edge) and the caller must ask
    /// GEOS (``PreparedGeometry/covers(_:)``, which decides such cases in double-double).
    ///
    /// The ray-crossing count of GEOS's `RayCrossingCounter`, with the certain
    /// ``Orientation`` test: a point on a ring's boundary is covered; inside a hole it is
    /// not, on a hole's ring it is. Non-polygonal parts cover nothing. O(vertices).
    public func coversByCrossings(_ point: Coordinate) -> Bool? {
        var undecided = false
        for polygon in polygons {
            switch Self.locate(point, in: polygon.exterior) {
            case nil: undecided = true
            case .boundary?: return true
            case .exterior?: continue
            case .interior?:
                var inHole = false
                for hole in polygon.holes {
                    switch Self.locate(point, in: hole) {
                    case nil: return nil
                    case .boundary?: return true
                    case .interior?: inHole = true
                    case .exterior?: break
                    }
                    if inHole { break }
                }
                if !inHole { return true }
            }
        }
        return undecided ? nil : false
    }

    private enum RingLocation { case interior, boundary, exterior }

    private static func locate(_ p: Coordinate, in ring: [Coordinate]) -> RingLocation? {
        guard ring.count >= 4 else { return .exterior }
        var crossings = 0
        for k in 1..<ring.count {
            let p1 = ring[k - 1], p2 = ring[k]
            if p1.x < p.x && p2.x < p.x { continue }
            if p.x == p2.x && p.y == p2.y { return .boundary }
            if p1.y == p.y && p2.y == p.y {
                if p.x >= min(p1.x, p2.x) && p.x <= max(p1.x, p2.x) { return .boundary }
                continue
            }
            if (p1.y > p.y && p2.y <= p.y) || (p2.y > p.y && p1.y <= p.y) {
                guard var side = Orientation.of(p1, p2, p) else { return nil }
                if side == .collinear { return .boundary }
                if p2.y < p1.y { side = side == .left ? .right : .left }
                if side == .left { crossings += 1 }
            }
        }
        return crossings % 2 == 1 ? .interior : .exterior
    }
}
