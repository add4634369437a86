import Geo

/// Checks utility planning against parks and clearance:
/// - parks with no plan task for a utility (a task of that section whose
///   ``PlanTask/parkIds`` names the park) and no work for it (a work whose
///   ``InfrastructureWork/parkId`` is the park, or whose service area meets the park);
/// - works not in service on ``asOf`` whose site (footprint, or service area with
///   ``site`` `.serviceArea`) meets parcels not handed over on that day;
/// - scheduling conflicts as the plans mean them (``HandoverDelay``): for every work with
///   an in-service day and not in service on ``asOf``, the parcels of its park (a work without a park: the parcels its
///   service area meets) whose hand-over, actual as of ``asOf`` or else planned, comes
///   after that day, or is not known at all; longest delay first.
///
/// Algorithm: one STRtree over service areas and one over parcels, each built once;
/// every park and every work is prepared once and meets only its tree candidates.
/// Complexity: O((p + w) log(w + n) + k·c) for p parks, w works, n parcels, k candidate
/// pairs and c one predicate or intersection. Parks and works run in parallel chunks;
/// results keep data order, so every thread count gives the same report.
public struct UtilityPlanningCheck: Sendable {
    /// What part of a work must stay clear of uncleared parcels.
    public enum Site: String, Sendable, Hashable, Codable {
        /// The work itself (a substation point, a line, a polygon).
        case footprint
        /// The area it serves.
        case serviceArea = "service_area"
    }

    /// The day clearance and service are taken on.
    public var asOf: LocalDate
    /// The part of a work checked against uncleared parcels.
    public var site: Site
    /// Worker threads; `nil` uses every core, 1 runs on the calling thread.
    public var threads: Int?

    /// Creates the check.
    public init(asOf: LocalDate, site: Site = .footprint, threads: Int? = nil) {
        self.asOf = asOf
        self.site = site
        self.threads = threads
    }

    /// Runs both checks.
    /// - Throws: ``GeoError`` when GEOS fails on a geometry.
    public func run(_ data: PlanningData) throws -> UtilityPlanningReport {
        try run(data, UtilityParcels(data, asOf: asOf))
    }

    /// Runs both checks over lean parcel records taken on ``asOf`` (parcel id order, with
    /// ``ParcelClearanceRecord/statusSince``), each with its boundary (EPSG:9210; as
    /// ``ParcelClearanceRecord/withBoundaries(_:_:)`` pairs them), with
    /// the parks, works and tasks of `data` (its parcels are not read): a city's million
    /// parcels without loading them. The same report as ``run(_:)`` on the same parcels.
    /// - Throws: ``GeoError`` when GEOS fails on a geometry.
    public func run(_ data: PlanningData, parcels: [(record: ParcelClearanceRecord, boundary: Geometry)]) throws -> UtilityPlanningReport {
        try run(data, UtilityParcels(parcels))
    }

    private func run(_ data: PlanningData, _ parcels: UtilityParcels) throws -> UtilityPlanningReport {
        let service = try ServiceAreas(data.works, threads: threads)
        return UtilityPlanningReport(missing: try missingPlans(data, service), conflicts: try conflicts(data, parcels, service),
                                     delays: try delays(data, parcels, service))
    }

    private func delays(_ data: PlanningData, _ parcels: UtilityParcels, _ service: ServiceAreas) throws -> [HandoverDelay] {
        let tasks = TaskNumberJoin(data.tasks)
        let byPark = Dictionary(grouping: parcels.ids.indices, by: { parcels.parkIds[$0] ?? "" })
        // Works already in service on the day are past planning: their late land is history.
        let dated = data.works.indices.filter { data.works[$0].operationalFrom != nil && !data.works[$0].isInService(asOf: asOf) }
        // The tree over every parcel only for works without a park (~100 MB at a million parcels).
        let index = try dated.contains { data.works[$0].parkId == nil } ? SpatialIndex(geometries: parcels.boundaries) : nil
        let found = try ParallelQuery.flatMap(count: dated.count, threads: threads) { range in
            let engine = GeometryEngine.current
            return try range.flatMap { k -> [HandoverDelay] in
                let work = data.works[dated[k]], due = work.operationalFrom!
                var met: [Int]
                if let park = work.parkId {
                    met = byPark[park] ?? []
                } else {
                    let area = service.areas[dated[k]]
                    guard let envelope = area.envelope else { return [] }
                    let prepared = try engine.prepare(area)
                    met = try index!.query(envelope).filter { try prepared.intersects(engine.native(parcels.boundaries[$0])) }
                }
                return met.compactMap { i -> HandoverDelay? in
                    let planned = parcels.planned[i]
                    let (day, source): (LocalDate?, HandoverDelay.Source) = parcels.statuses[i] == .handedOver
                        ? (parcels.since[i], .actual) : (planned, planned == nil ? .unknown : .planned)
                    if let day, day <= due { return nil }
                    return HandoverDelay(workId: work.id, utility: work.utility, status: work.status, operationalFrom: due,
                                         parkId: parcels.parkIds[i], taskReference: work.taskNumber.flatMap(tasks.reference(for:)),
                                         parcelId: parcels.ids[i], handover: day, source: source, delayDays: day.map { $0.days(since: due) })
                }
            }
        }
        return found.sorted(by: HandoverDelay.planOrder)
    }

    private func missingPlans(_ data: PlanningData, _ service: ServiceAreas) throws -> [MissingUtilityPlan] {
        let tasked = Set(data.tasks.flatMap { task in task.parkIds.map { $0 + "\u{1}" + task.section.rawValue } })
        return try ParallelQuery.flatMap(count: data.parks.count, threads: threads) { range in
            let engine = GeometryEngine.current
            return try range.flatMap { i -> [MissingUtilityPlan] in
                let park = data.parks[i]
                var served: Set<Utility> = Set(data.works.filter { $0.parkId == park.id }.map(\.utility))
                let prepared = try engine.prepare(park.boundary)
                for j in try service.candidates(park.boundary.envelope) where !served.contains(data.works[j].utility) {
                    if try prepared.intersects(engine.native(service.areas[j])) { served.insert(data.works[j].utility) }
                }
                return Utility.allCases
                    .filter { !served.contains($0) && !tasked.contains(park.id + "\u{1}" + $0.taskSection.rawValue) }
                    .map { MissingUtilityPlan(parkId: park.id, utility: $0) }
            }
        }
    }

    private func conflicts(_ data: PlanningData, _ parcels: UtilityParcels, _ service: ServiceAreas) throws -> [SchedulingConflict] {
        let tasks = TaskNumberJoin(data.tasks)
        // Positions of the parcels not handed over (not copies of a million parcels).
        let open = parcels.ids.indices.filter { parcels.statuses[$0] != .handedOver }
        let index = try SpatialIndex(geometries: open.map { parcels.boundaries[$0] })
        let works = data.works.indices.filter { !data.works[$0].isInService(asOf: asOf) }
        return try ParallelQuery.flatMap(count: works.count, threads: threads) { range in
            let engine = GeometryEngine.current
            return try range.compactMap { k -> SchedulingConflict? in
                let work = data.works[works[k]]
                let siteGeometry = site == .footprint ? work.footprint : service.areas[works[k]]
                guard let envelope = siteGeometry.envelope else { return nil }
                let prepared = try engine.prepare(siteGeometry)
                var ids: [String] = [], parcelArea = 0.0, overlap = 0.0
                for j in try index.query(envelope) {
                    let parcel = try engine.native(parcels.boundaries[open[j]])
                    guard try prepared.intersects(parcel) else { continue }
                    ids.append(parcels.ids[open[j]])
                    parcelArea += try parcel.area()
                    if siteGeometry.isPolygonal { overlap += try prepared.base.intersection(parcel).area() }
                }
                guard !ids.isEmpty else { return nil }
                return SchedulingConflict(workId: work.id, utility: work.utility, status: work.status, parkId: work.parkId,
                                          taskReference: work.taskNumber.flatMap(tasks.reference(for:)),
                                          operationalFrom: work.operationalFrom, parcelIds: ids.sorted(),
                                          parcelAreaM2: parcelArea, overlapAreaM2: overlap)
            }
        }
    }
}
