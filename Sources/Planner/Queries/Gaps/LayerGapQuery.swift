import Geo

/// Finds the gaps of a layer that should tile an area, e.g. the land of a park that
/// none of its parcels covers. Each gap is one connected polygon larger than
/// ``minAreaM2``; see ``GapMode`` for the two meanings of "gap".
///
/// Algorithm, per container: one cascaded unary union of its features, then one
/// difference (container minus union, or the union's hole rings minus the union),
/// split into its polygons. Containers are independent and run in parallel chunks.
/// Complexity: O(Σ nᵢ log nᵢ) for nᵢ features in container i (the union dominates);
/// features are matched to containers by id, never by comparing every pair.
public struct LayerGapQuery: Sendable {
    /// Which uncovered areas count.
    public var mode: GapMode
    /// Gaps of this area (m²) or less are not reported.
    public var minAreaM2: Double
    /// Worker threads; `nil` uses every core, 1 runs on the calling thread.
    public var threads: Int?

    /// Creates the query.
    public init(mode: GapMode, minAreaM2: Double = 0, threads: Int? = nil) {
        self.mode = mode
        self.minAreaM2 = minAreaM2
        self.threads = threads
    }

    /// The gaps left by each park's parcels (those whose ``Parcel/parkId`` is the park),
    /// parks in the order given (or only `parkIds`), each park's gaps largest first.
    /// - Throws: ``GeoError`` when GEOS fails on a geometry.
    public func parcelGaps(_ data: PlanningData, parkIds: [String]? = nil) throws -> [LayerGap] {
        let parks = parkIds.map { ids in ids.compactMap { data.park(id: $0) } } ?? data.parks
        return try parcelGaps(parks: parks) { data.parcels(inPark: $0).map(\.boundary) }
    }

    /// The same gaps from the parcels' outlines by park (EPSG:9210, each park's in data
    /// order), as a store's lean reads give them: `parks` in the order given.
    /// - Throws: ``GeoError`` when GEOS fails on a geometry.
    public func parcelGaps(parks: [IndustrialPark], outlines: [String: [Geometry]]) throws -> [LayerGap] {
        try parcelGaps(parks: parks) { outlines[$0] ?? [] }
    }

    private func parcelGaps(parks: [IndustrialPark], outlines: @escaping @Sendable (String) -> [Geometry]) throws -> [LayerGap] {
        try ParallelQuery.flatMap(count: parks.count, threads: threads) { range in
            try range.flatMap { i in
                try gaps(containerId: parks[i].id, container: parks[i].boundary, features: outlines(parks[i].id))
            }
        }
    }

    /// The gaps of `features` (polygonal, EPSG:9210) within `container`; with no
    /// container only `.enclosed` has a meaning (and `.withinContainer` finds nothing).
    /// Largest first (ties by the gap's south-west corner).
    /// - Throws: ``GeoError`` when GEOS fails on a geometry.
    public func gaps(containerId: String? = nil, container: Geometry?, features: [Geometry]) throws -> [LayerGap] {
        let engine = GeometryEngine.current
        let union = try engine.unaryUnion(features)
        let uncovered: NativeGeometry
        switch mode {
        case .withinContainer:
            guard let container else { return [] }
            uncovered = try engine.native(container).difference(union)
        case .enclosed:
            let holes = try union.geometry().polygons.flatMap(\.holes).map { Polygon(exterior: $0) }
            guard !holes.isEmpty else { return [] }
            // A hole ring may hold islands of the union; the difference removes them.
            var inside = try engine.unaryUnion(holes.map(Geometry.polygon)).difference(union)
            if let container { inside = try inside.intersection(engine.native(container)) }
            uncovered = inside
        }
        return try uncovered.geometry().polygons
            .map { Geometry.polygon($0) }
            .map { LayerGap(containerId: containerId, mode: mode, areaM2: $0.area, geometry: $0) }
            .filter { $0.areaM2 >= minAreaM2 }   // kept at exactly the minimum, as overlaps are
            .sorted(by: Self.largestFirst)
    }

    private static func largestFirst(_ x: LayerGap, _ y: LayerGap) -> Bool {
        if x.areaM2 != y.areaM2 { return x.areaM2 > y.areaM2 }
        let ex = x.geometry.envelope, ey = y.geometry.envelope
        return (ex?.minX ?? 0, ex?.minY ?? 0) < (ey?.minX ?? 0, ey?.minY ?? 0)
    }
}
