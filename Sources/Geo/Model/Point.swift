/// A single position.
public struct Point: Hashable, Sendable {
    /// The position.
    public var coordinate: Coordinate

    /// Creates a point.
    public init(_ coordinate: Coordinate) { self.coordinate = coordinate }

    /// Creates a point from `x` (lon/easting) and `y` (lat/northing).
    public init(x: Double, y: Double) { self.coordinate = Coordinate(x: x, y: y) }
}
