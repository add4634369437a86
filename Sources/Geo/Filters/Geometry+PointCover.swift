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
        switch self {
        case .polygon(let p): return Self.covers(point, p)
        case .multiPolygon(let m):
            var undecided = false
            for p in m.polygons {
                switch Self.covers(point, p) {
                case true?: return true
                case nil: undecided = true
                case false?: continue
                }
            }
            return undecided ? nil : false
        case .collection(let parts):
            var undecided = false
            for part in parts {
                switch part.coversByCrossings(point) {
                case true?: return true
                case nil: undecided = true
                case false?: continue
                }
            }
            return undecided ? nil : false
        case .point, .lineString, .multiPoint, .multiLineString: return false
        }
    }

    private static func covers(_ point: Coordinate, _ polygon: Polygon) -> Bool? {
        switch locate(point, in: polygon.exterior) {
        case nil: return nil
        case .boundary?: return true
        case .exterior?: return false
        case .interior?:
            for hole in polygon.holes {
                switch locate(point, in: hole) {
                case nil: return nil
                case .boundary?: return true
                case .interior?: return false
                case .exterior?: continue
                }
            }
            return true
        }
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
