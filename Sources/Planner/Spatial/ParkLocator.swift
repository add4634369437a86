import Geo

/// The one rule that gives a parcel imported without a park its park, and measures how
/// much of a parcel lies in the park it names. Planar areas, EPSG:9210.
///
/// The rule: the park holding the largest share of the parcel's area (ties: the smaller
/// park, then the one listed first); then, while a park nested in the one chosen
/// (``ParkNesting``: an industrial park inside an economic zone) holds more than half of
/// the parcel, that park instead, so a parcel in Tiên Thanh goes to Tiên Thanh, not to
/// the coastal zone around it.
///
/// Not `Sendable` (holds prepared GEOS geometries): one per thread.
public final class ParkLocator {
    /// The parks searched, in the order given.
    public let parks: [IndustrialPark]
    /// Which parks lie in which.
    public let nesting: ParkNesting
    private let overlay: AreaOverlay
    private let parkAreas: [Double]
    private let positions: [String: Int]

    /// Prepares the search over `parks` (boundaries in EPSG:9210), nested as `nesting`.
    public init(parks: [IndustrialPark], nesting: ParkNesting = ParkNesting()) {
        self.parks = parks
        self.nesting = nesting
        self.overlay = AreaOverlay(parks.map(\.boundary))
        self.parkAreas = parks.map(\.boundary.area)
        self.positions = Dictionary(parks.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// The park the rule gives `polygon` and the share of its area lying in that park
    /// (0–1); `nil` when no park holds any of it.
    /// - Throws: ``GeoError`` when GEOS fails on the geometry.
    public func park(containingMostOf polygon: Geometry) throws -> (parkId: String, share: Double)? {
        let whole = polygon.area
        guard whole > 0 else { return nil }
        let shares = try overlay.areas(of: polygon).map { (index: $0.index, share: $0.areaM2 / whole) }
        // Larger share first; on a tie the smaller park, then the one listed first.
        func better(_ a: (index: Int, share: Double), _ b: (index: Int, share: Double)) -> Bool {
            if a.share != b.share { return a.share > b.share }
            if parkAreas[a.index] != parkAreas[b.index] { return parkAreas[a.index] < parkAreas[b.index] }
            return a.index < b.index
        }
        guard var chosen = shares.min(by: better) else { return nil }
        while let inner = shares.filter({ $0.share > 0.5 && nesting.isNested(parks[$0.index].id, in: parks[chosen.index].id) })
            .min(by: better) {
            chosen = inner
        }
        return (parks[chosen.index].id, chosen.share)
    }

    /// The share (0–1) of `polygon`'s area lying in the park `parkId`; `nil` for a park not
    /// searched or an empty polygon.
    /// - Throws: ``GeoError`` when GEOS fails on the geometry.
    public func share(of polygon: Geometry, inPark parkId: String) throws -> Double? {
        let whole = polygon.area
        guard whole > 0, let i = positions[parkId] else { return nil }
        return try overlay.areas(of: polygon).first { $0.index == i }.map { $0.areaM2 / whole } ?? 0
    }
}
