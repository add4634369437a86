/// An axis-aligned bounding box in the units of its geometry's CRS.
public struct Envelope: Hashable, Sendable, Codable {
    /// Smallest x (west / min easting).
    public var minX: Double
    /// Smallest y (south / min northing).
    public var minY: Double
    /// Largest x (east / max easting).
    public var maxX: Double
    /// Largest y (north / max northing).
    public var maxY: Double

    /// Creates an envelope from its bounds.
    public init(minX: Double, minY: Double, maxX: Double, maxY: Double) {
        self.minX = minX
        self.minY = minY
        self.maxX = maxX
        self.maxY = maxY
    }

    /// The envelope of a set of coordinates, or `nil` when there are none.
    public init?<C: Collection>(of coordinates: C) where C.Element == Coordinate {
        guard let first = coordinates.first else { return nil }
        var e = Envelope(minX: first.x, minY: first.y, maxX: first.x, maxY: first.y)
        for c in coordinates { e.expand(toInclude: c) }
        self = e
    }

    /// Width (x extent).
    public var width: Double { maxX - minX }
    /// Height (y extent).
    public var height: Double { maxY - minY }
    /// The centre point.
    public var center: Coordinate { Coordinate((minX + maxX) / 2, (minY + maxY) / 2) }

    /// Grows the envelope to include a coordinate.
    public mutating func expand(toInclude c: Coordinate) {
        if c.x < minX { minX = c.x }
        if c.x > maxX { maxX = c.x }
        if c.y < minY { minY = c.y }
        if c.y > maxY { maxY = c.y }
    }

    /// Grows the envelope to include another envelope.
    public mutating func expand(toInclude e: Envelope) {
        minX = Swift.min(minX, e.minX)
        minY = Swift.min(minY, e.minY)
        maxX = Swift.max(maxX, e.maxX)
        maxY = Swift.max(maxY, e.maxY)
    }

    /// The envelope grown by `distance` on every side.
    public func expanded(by distance: Double) -> Envelope {
        Envelope(minX: minX - distance, minY: minY - distance, maxX: maxX + distance, maxY: maxY + distance)
    }

    /// The two halves of the box, cut across its longer side at the middle.
    public func halves() -> [Envelope] {
        if width >= height {
            let mid = minX + width / 2
            return [Envelope(minX: minX, minY: minY, maxX: mid, maxY: maxY), Envelope(minX: mid, minY: minY, maxX: maxX, maxY: maxY)]
        }
        let mid = minY + height / 2
        return [Envelope(minX: minX, minY: minY, maxX: maxX, maxY: mid), Envelope(minX: minX, minY: mid, maxX: maxX, maxY: maxY)]
    }

    /// True when the two boxes share at least one point (closed intervals).
    public func intersects(_ other: Envelope) -> Bool {
        minX <= other.maxX && other.minX <= maxX && minY <= other.maxY && other.minY <= maxY
    }

    /// True when the coordinate lies inside or on the box.
    public func contains(_ c: Coordinate) -> Bool {
        c.x >= minX && c.x <= maxX && c.y >= minY && c.y <= maxY
    }

    /// The box as a closed, counter-clockwise polygon.
    public var polygon: Polygon {
        Polygon(exterior: [
            Coordinate(minX, minY), Coordinate(maxX, minY), Coordinate(maxX, maxY),
            Coordinate(minX, maxY), Coordinate(minX, minY),
        ])
    }
}
