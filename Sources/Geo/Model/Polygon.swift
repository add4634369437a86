/// A polygon: one exterior ring and zero or more holes. Rings are closed (first
/// vertex equals last). An empty exterior means the empty polygon.
public struct Polygon: Hashable, Sendable {
    /// The outer boundary, closed.
    public var exterior: [Coordinate]
    /// The holes, each closed.
    public var holes: [[Coordinate]]

    /// Creates a polygon from closed rings.
    public init(exterior: [Coordinate], holes: [[Coordinate]] = []) {
        self.exterior = exterior
        self.holes = holes
    }

    /// All rings: the exterior first, then the holes.
    public var rings: [[Coordinate]] { [exterior] + holes }

    /// True for the empty polygon.
    public var isEmpty: Bool { exterior.isEmpty }
}

/// Planar measures of rings, in the square units of the ring's CRS.
public enum Ring {
    /// The signed area by the shoelace formula: positive when counter-clockwise.
    /// Computed relative to the first vertex to keep precision with large eastings.
    public static func signedArea(_ ring: [Coordinate]) -> Double {
        guard ring.count >= 4 else { return 0 }
        let x0 = ring[0].x, y0 = ring[0].y
        var sum = 0.0
        for i in 1..<(ring.count - 1) {
            let a = ring[i], b = ring[i + 1]
            sum += (a.x - x0) * (b.y - y0) - (b.x - x0) * (a.y - y0)
        }
        return sum / 2
    }

    /// True when the ring runs counter-clockwise (positive signed area).
    public static func isCounterClockwise(_ ring: [Coordinate]) -> Bool {
        signedArea(ring) > 0
    }

    /// True when the first and last vertices are equal.
    public static func isClosed(_ ring: [Coordinate]) -> Bool {
        guard let f = ring.first, let l = ring.last else { return false }
        return f == l
    }
}
