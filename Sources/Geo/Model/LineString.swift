/// A sequence of two or more positions joined by straight segments.
public struct LineString: Hashable, Sendable {
    /// The vertices in order.
    public var coordinates: [Coordinate]

    /// Creates a line string from its vertices.
    public init(_ coordinates: [Coordinate]) { self.coordinates = coordinates }
}
