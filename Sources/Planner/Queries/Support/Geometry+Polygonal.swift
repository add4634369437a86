import Geo

extension Geometry {
    /// The polygons of `polygons` as one geometry: a polygon, a multi-polygon, or the
    /// empty multi-polygon. Used to drop stray lines and points from overlay results.
    static func polygonal(_ polygons: [Polygon]) -> Geometry {
        switch polygons.count {
        case 0: .multiPolygon(MultiPolygon([]))
        case 1: .polygon(polygons[0])
        default: .multiPolygon(MultiPolygon(polygons))
        }
    }

    /// Only the polygonal part of this geometry (lines and points of a collection dropped).
    var polygonalPart: Geometry { .polygonal(polygons) }
}
