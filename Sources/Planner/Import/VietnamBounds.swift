import Geo

/// The plausibility check for coordinates: everything the planner imports lies in
/// Vietnam, roughly lon 102–110°E, lat 8–24°N. Catches swapped lon/lat and a wrong CRS.
enum VietnamBounds {
    static let longitudes = 102.0...110.0
    static let latitudes = 8.0...24.0

    static func contains(_ c: Coordinate) -> Bool { longitudes.contains(c.x) && latitudes.contains(c.y) }

    /// Why the geometry's coordinates cannot be in Vietnam, or `nil` when they all can.
    /// Geographic input is checked as is; projected input is first taken to lon/lat.
    static func problem(_ geometry: Geometry, crs: CRS) -> String? {
        let geographic = DeclaredCRS.isGeographic(crs)
        for c in geometry.coordinates {
            var lonLat = c
            if !geographic {
                guard let t = try? c.transformed(from: crs, to: .wgs84), t.isFinite else {
                    return "coordinates far outside Vietnam: \(CoordinateText.format(c, geographic: false)) in \(crs) cannot be placed on the globe (wrong CRS?)"
                }
                lonLat = t
            }
            if contains(lonLat) { continue }
            let at = CoordinateText.format(c, geographic: geographic)
            if geographic && contains(Coordinate(c.y, c.x)) {
                return "coordinates far outside Vietnam: \(at) looks like lat/lon swapped (GeoJSON wants lon, lat)"
            }
            if !geographic {
                let hint = abs(c.x) <= 180 && abs(c.y) <= 90 ? "; these look like degrees, not \(crs) metres" : " (wrong CRS?)"
                return "coordinates far outside Vietnam: \(at) in \(crs) is at lon/lat \(CoordinateText.format(lonLat, geographic: true))\(hint)"
            }
            return "coordinates far outside Vietnam: \(at) is not within lon 102–110, lat 8–24 (wrong CRS?)"
        }
        return nil
    }
}
