/// Several points treated as one geometry.
public struct MultiPoint: Hashable, Sendable {
    /// The member points.
    public var points: [Point]
    /// Creates a multi-point.
    public init(_ points: [Point]) { self.points = points }
}

/// Several line strings treated as one geometry.
public struct MultiLineString: Hashable, Sendable {
    /// The member lines.
    public var lineStrings: [LineString]
    /// Creates a multi-line string.
    public init(_ lineStrings: [LineString]) { self.lineStrings = lineStrings }
}

/// Several polygons treated as one geometry (interiors must not overlap to be valid).
public struct MultiPolygon: Hashable, Sendable {
    /// The member polygons.
    public var polygons: [Polygon]
    /// Creates a multi-polygon.
    public init(_ polygons: [Polygon]) { self.polygons = polygons }
}
