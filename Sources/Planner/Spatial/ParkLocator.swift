import Geo

/// Finds the park that contains most of a polygon (for parcels given without a park).
/// Planar areas, EPSG:9210. Not `Sendable` (holds prepared GEOS geometries): one per thread.
public final class ParkLocator {
    /// The parks searched, in the order given.
    public let parks: [IndustrialPark]
    private let overlay: AreaOverlay

    /// Prepares the search over `parks` (boundaries in EPSG:9210).
    public init(parks: [IndustrialPark]) {
        self.parks = parks
        self.overlay = AreaOverlay(parks.map(\.boundary))
    }

    /// The park holding the largest part of `polygon` and that part's share of its area
    /// (0–1); `nil` when no park holds any of it. Ties go to the park listed first.
    /// - Throws: ``GeoError`` when GEOS fails on the geometry.
    public func park(containingMostOf polygon: Geometry) throws -> (parkId: String, share: Double)? {
        let whole = polygon.area
        guard whole > 0 else { return nil }
        let best = try overlay.areas(of: polygon).max { a, b in a.areaM2 < b.areaM2 || (a.areaM2 == b.areaM2 && a.index > b.index) }
        return best.map { (parks[$0.index].id, $0.areaM2 / whole) }
    }
}
