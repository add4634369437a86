/// Two exact-or-undecided operations on convex polygons given as counter-clockwise vertex
/// lists (not closed): the separating-edge test and the area of the intersection.
enum ConvexClip {
    /// True when an edge of `a` or of `b` certainly has the other polygon on its right or
    /// on its line (separating-axis theorem for convex polygons): their interiors are
    /// disjoint. `false` means "not proven".
    static func separated(_ a: ArraySlice<Coordinate>, _ b: ArraySlice<Coordinate>) -> Bool {
        hasSeparatingEdge(a, b) || hasSeparatingEdge(b, a)
    }

    private static func hasSeparatingEdge(_ hull: ArraySlice<Coordinate>, _ other: ArraySlice<Coordinate>) -> Bool {
        var a = hull[hull.endIndex - 1]
        edges: for b in hull {
            defer { a = b }
            for c in other {
                switch Orientation.of(a, b, c) {
                case .right?, .collinear?: continue
                case .left?, nil: continue edges
                }
            }
            return true
        }
        return false
    }

    /// The area of the intersection of two convex polygons (Sutherland–Hodgman, clipping
    /// `subject` by each edge of `clip`), computed around `subject`'s first vertex so the
    /// rounding error stays near 1e-15 of the squared extent.
    static func sharedArea(_ subject: ArraySlice<Coordinate>, _ clip: ArraySlice<Coordinate>) -> Double {
        let origin = subject[subject.startIndex]
        var polygon = subject.map { Coordinate($0.x - origin.x, $0.y - origin.y) }
        let edges = clip.map { Coordinate($0.x - origin.x, $0.y - origin.y) }
        var next: [Coordinate] = []
        next.reserveCapacity(polygon.count + edges.count)
        var a = edges[edges.count - 1]
        for b in edges {
            defer { a = b }
            guard !polygon.isEmpty else { return 0 }
            next.removeAll(keepingCapacity: true)
            let ex = b.x - a.x, ey = b.y - a.y
            var p = polygon[polygon.count - 1]
            var sp = ex * (p.y - a.y) - ey * (p.x - a.x)
            for q in polygon {
                let sq = ex * (q.y - a.y) - ey * (q.x - a.x)
                if sq >= 0 {
                    if sp < 0 { next.append(crossing(p, q, sp, sq)) }
                    next.append(q)
                } else if sp >= 0 {
                    next.append(crossing(p, q, sp, sq))
                }
                p = q
                sp = sq
            }
            swap(&polygon, &next)
        }
        guard polygon.count >= 3 else { return 0 }
        var twice = 0.0
        var p = polygon[polygon.count - 1]
        for q in polygon {
            twice += p.x * q.y - q.x * p.y
            p = q
        }
        return max(0, twice / 2)
    }

    /// Where segment p → q crosses the clip line, given the sides of p and q.
    private static func crossing(_ p: Coordinate, _ q: Coordinate, _ sp: Double, _ sq: Double) -> Coordinate {
        let t = sp / (sp - sq)
        return Coordinate(p.x + t * (q.x - p.x), p.y + t * (q.y - p.y))
    }
}
