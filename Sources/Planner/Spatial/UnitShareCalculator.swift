import Geo

/// Apportions many polygons over administrative units of every level at once: for each
/// polygon, its area share in each unit of each level (per level the shares sum to 1 for
/// a polygon wholly inside that level's units). Runs on all cores; each chunk of polygons
/// uses its own per-thread ``UnitApportionment`` (prepared geometries are never shared).
/// O(n log u) for n polygons and u units.
public enum UnitShareCalculator {
    /// The shares of each geometry (same order as `geometries`), levels in name order.
    /// - Throws: ``GeoError`` when GEOS fails on a geometry.
    public static func shares(of geometries: [Geometry], in units: [AdministrativeUnit],
                              threads: Int? = nil) throws -> [[UnitShare]] {
        guard !units.isEmpty else { return geometries.map { _ in [] } }
        let byLevel = Dictionary(grouping: units, by: \.level).sorted { $0.key.rawValue < $1.key.rawValue }.map(\.value)
        return try ParallelChunks.map(count: geometries.count, threads: threads) { range in
            let apportionments = byLevel.map(UnitApportionment.init(units:))
            return try geometries[range].map { g in try apportionments.flatMap { try $0.shares(of: g) } }
        }.flatMap { $0 }
    }
}
