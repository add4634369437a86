import Geo

/// Small geometries in EPSG:9210 metres near Hai Phong (easting ~590 km, northing ~2 300 km).
enum Fixtures {
    static func square(x: Double, y: Double, size: Double = 10) -> Polygon {
        Polygon(exterior: [
            Coordinate(x, y), Coordinate(x + size, y), Coordinate(x + size, y + size),
            Coordinate(x, y + size), Coordinate(x, y),
        ])
    }

    static let point = Geometry.point(Point(x: 590_000.5, y: 2_300_000.25))
    static let line = Geometry.lineString(LineString([Coordinate(0, 0), Coordinate(10, 5), Coordinate(20, -3)]))
    static let polygonWithHole = Geometry.polygon(Polygon(
        exterior: [Coordinate(0, 0), Coordinate(100, 0), Coordinate(100, 80), Coordinate(0, 80), Coordinate(0, 0)],
        holes: [[Coordinate(10, 10), Coordinate(10, 20), Coordinate(20, 20), Coordinate(20, 10), Coordinate(10, 10)]]))
    static let multiPolygon = Geometry.multiPolygon(MultiPolygon([
        square(x: 590_000, y: 2_300_000), square(x: 590_100, y: 2_300_050, size: 25),
    ]))
    static let empty = Geometry.empty
}
