import Geo

/// How domain geometries are written to and read from typed geometry columns.
enum StoredGeometry {
    /// Polygonal geometry as a MultiPolygon, the declared type of polygon layers.
    static func multiPolygon(_ g: Geometry) -> Geometry {
        .multiPolygon(MultiPolygon(g.polygons))
    }

    /// A single-part MultiPolygon read back as the Polygon it was.
    static func simplified(_ g: Geometry?) -> Geometry {
        guard let g else { return .empty }
        if case .multiPolygon(let m) = g, m.polygons.count == 1 { return .polygon(m.polygons[0]) }
        return g
    }
}
