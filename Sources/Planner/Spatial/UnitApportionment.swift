import Geo

/// Splits a polygon's area among the units of an administrative layer (any level):
/// the share of its area in each unit. A polygon wholly inside the layer gets shares
/// summing to 1. Planar areas, EPSG:9210.
///
/// Not `Sendable` (holds prepared GEOS geometries): one per thread.
public final class UnitApportionment {
    /// The layer's units, in the order given.
    public let units: [AdministrativeUnit]
    private let overlay: AreaOverlay

    /// Prepares apportionment over `units` (geometry in EPSG:9210).
    public init(units: [AdministrativeUnit]) {
        self.units = units
        self.overlay = AreaOverlay(units.map(\.boundary))
    }

    /// The units `polygon` lies in with area and share, largest share first.
    /// - Throws: ``GeoError`` when GEOS fails on the geometry.
    public func shares(of polygon: Geometry) throws -> [UnitShare] {
        let whole = polygon.area
        guard whole > 0 else { return [] }
        return try overlay.areas(of: polygon)
            .map { hit in
                let u = units[hit.index]
                return UnitShare(unitId: u.id, unitName: u.name, level: u.level, areaM2: hit.areaM2, share: hit.areaM2 / whole)
            }
            .sorted { $0.share > $1.share }
    }
}
