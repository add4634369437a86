import Geo

/// For each park and utility: the part of the park (or of its land handed over on the
/// day) that the service areas of that utility's works cover, and the gap.
///
/// Counted works are those in service on ``asOf`` (``InfrastructureWork/isInService(asOf:)``),
/// or with ``planned`` those planned to serve by that day
/// (``InfrastructureWork/isPlannedToServe(by:)``). With ``clearedOnly`` the target is the
/// union of the park's parcels handed over on the day, clipped to the park.
///
/// Algorithm: every service area is computed once and indexed in an STRtree; per park,
/// the tree gives the works whose envelopes meet the target, a prepared target keeps
/// those that intersect it, their service areas are unioned once per utility (cascaded
/// unary union), and one intersection and one difference give covered area and gap.
/// Complexity: O(w + Σ (log w + kᵢ·c)) for w works, kᵢ candidates of park i and c one
/// union/overlay; parks run in parallel chunks (same answers on any thread count).
public struct CoverageGapQuery: Sendable {
    /// The day asked about.
    public var asOf: LocalDate
    /// Count works planned to serve by ``asOf``, not only those in service.
    public var planned: Bool
    /// Measure only each park's land handed over on ``asOf``.
    public var clearedOnly: Bool
    /// Only these parks (in this order); `nil` for every park in data order.
    public var parkIds: [String]?
    /// The utilities, in result order.
    public var utilities: [Utility]
    /// Worker threads; `nil` uses every core, 1 runs on the calling thread.
    public var threads: Int?

    /// Creates the query.
    public init(asOf: LocalDate, planned: Bool = false, clearedOnly: Bool = false, parkIds: [String]? = nil,
                utilities: [Utility] = Utility.allCases, threads: Int? = nil) {
        self.asOf = asOf
        self.planned = planned
        self.clearedOnly = clearedOnly
        self.parkIds = parkIds
        self.utilities = utilities
        self.threads = threads
    }

    /// True when the work counts on the day.
    func counts(_ work: InfrastructureWork) -> Bool {
        planned ? work.isPlannedToServe(by: asOf) : work.isInService(asOf: asOf)
    }

    /// One row per park and utility, parks in order, utilities in ``utilities`` order.
    /// - Throws: ``GeoError`` when GEOS fails on a geometry.
    public func run(_ data: PlanningData) throws -> [CoverageGap] {
        let parks = parkIds.map { ids in ids.compactMap { data.park(id: $0) } } ?? data.parks
        let service = try ServiceAreas(data.works, threads: threads)
        return try ParallelQuery.flatMap(count: parks.count, threads: threads) { range in
            try range.flatMap { try gaps(parks[$0], data, service) }
        }
    }

    private func gaps(_ park: IndustrialPark, _ data: PlanningData, _ service: ServiceAreas) throws -> [CoverageGap] {
        let engine = GeometryEngine.current
        let target = try clearedOnly ? handedOverLand(park, data, engine) : engine.native(park.boundary)
        let targetArea = try target.area()
        let prepared = try PreparedGeometry(target)
        var candidates: [Int] = []
        if targetArea > 0 {
            for j in try service.candidates(target.envelope()) where counts(data.works[j]) {
                if try prepared.intersects(engine.native(service.areas[j])) { candidates.append(j) }
            }
        }
        return try utilities.map { utility in
            let served = candidates.filter { data.works[$0].utility == utility }
            let covered: Double, gap: NativeGeometry
            if served.isEmpty {
                covered = 0
                gap = target
            } else {
                let union = try engine.unaryUnion(served.map { service.areas[$0] })
                covered = try target.intersection(union).area()
                gap = try target.difference(union)
            }
            let gapArea = try gap.area()
            return CoverageGap(parkId: park.id, utility: utility, clearedOnly: clearedOnly, targetAreaM2: targetArea,
                               coveredAreaM2: covered, gapAreaM2: gapArea,
                               gapShare: targetArea > 0 ? min(1, gapArea / targetArea) : 0,
                               gapGeometry: try gap.geometry().polygonalPart,
                               workIds: served.map { data.works[$0].id }.sorted())
        }
    }

    /// The union of the park's parcels handed over on the day, clipped to the park.
    private func handedOverLand(_ park: IndustrialPark, _ data: PlanningData, _ engine: GeometryEngine) throws -> NativeGeometry {
        let cleared = data.parcels(inPark: park.id).filter { $0.clearance.status(asOf: asOf) == .handedOver }
        return try engine.unaryUnion(cleared.map(\.boundary)).intersection(engine.native(park.boundary))
    }
}
