import Geo

/// Clearance (GPMB) progress as of a day, grouped by administrative unit, by park, or
/// by both, with the overdue parcels.
///
/// Each parcel's status is read from its history on ``asOf``. Grouped by unit, a parcel
/// counts in each unit of the level by its area share (its ``Parcel/units`` of that
/// level; when it has none, it is apportioned on the fly over the data's units of that
/// level with ``UnitApportionment``); the part lying in no unit goes to a row with no
/// unit, so rows always add up to the totals.
///
/// Grouped by park, a parcel counts in its park and in every zone its park is nested in
/// (``nesting``): the coastal zone's row includes Tiên Thanh's parcels (the row lists them
/// in ``ClearanceProgressRow/includesParks``), so park rows need not add up to the totals.
///
/// Overlapping parcels: every row and the totals say how much of their area is counted
/// twice (``ClearanceProgressRow/doubleCountedM2``, per status too), from the union of the
/// parcels that overlap another (``ParcelOverlapClusters``; the others are never unioned);
/// with ``dedupe`` that part is taken off the areas, so each square metre counts once (in
/// each status it has: a square metre shared by two parcels of different statuses counts
/// once in each status and once in the area).
///
/// The query runs over ``ParcelClearanceRecord``s, one per parcel: made from
/// ``PlanningData`` by `run(_ data:)`, or read lean from a store (a city's
/// million parcels without loading them), so one implementation does the arithmetic.
///
/// Complexity: O(n) for n parcels plus, for parcels needing apportionment, one STRtree
/// query and a few intersections each (O(log u) candidates of u units). Apportionment
/// runs in parallel chunks, then parcels are summed in the order given, so any thread
/// count gives exactly the same sums.
public struct ClearanceProgressQuery: Sendable {
    /// The day statuses are taken on.
    public var asOf: LocalDate
    /// How rows are grouped.
    public var grouping: ClearanceGrouping
    /// Only parcels of these parks; `nil` for all parcels.
    public var parkIds: Set<String>?
    /// Worker threads; `nil` uses every core, 1 runs on the calling thread.
    public var threads: Int?
    /// Which parks lie in which zones: a zone's row counts its nested parks' parcels.
    /// `nil`: found from the data's parks by `run(_ data:)`, none for `run(_ records:…)`.
    public var nesting: ParkNesting?
    /// True: each square metre counted once (overlaps taken off the areas); false: parcels
    /// summed whole, the doubly counted part only reported.
    public var dedupe: Bool
    /// False: overlaps are not looked for (the doubly counted areas stay 0 and `dedupe`
    /// changes nothing), for callers that need only the plain sums (the report's trend).
    public var countsOverlaps = true

    /// Creates the query.
    public init(asOf: LocalDate, grouping: ClearanceGrouping, parkIds: Set<String>? = nil, threads: Int? = nil,
                nesting: ParkNesting? = nil, dedupe: Bool = false) {
        self.asOf = asOf
        self.grouping = grouping
        self.parkIds = parkIds
        self.threads = threads
        self.nesting = nesting
        self.dedupe = dedupe
    }

    private struct GroupKey: Hashable {
        var unitId: String?
        var parkId: String?
    }

    /// Runs the query over the parcels of `data`, in their order (``parkIds`` and the
    /// parks nested in them).
    /// - Throws: ``GeoError`` when a parcel must be apportioned and GEOS fails on it.
    public func run(_ data: PlanningData) throws -> ClearanceProgress {
        let level = grouping.level
        var query = self
        if nesting == nil { query.nesting = try ParkNesting(parks: data.parks) }
        let wanted = parkIds.map(query.nesting!.withNested)
        let records = data.parcels.compactMap { p -> ParcelClearanceRecord? in
            if let wanted, !(p.parkId.map(wanted.contains) ?? false) { return nil }
            return ParcelClearanceRecord(p, asOf: asOf, level: level)
        }
        return try query.run(records, units: level.map { data.units(at: $0) } ?? [], boundaries: Dictionary(data.parcels.map { ($0.id, $0.boundary) }, uniquingKeysWith: { a, _ in a }))
    }

    /// Runs the query over parcel records taken on ``asOf`` (summed in the order given:
    /// parcel id order gives the same answer as `run(_ data:)` on the same
    /// parcels), with `units` the units of the level grouped by, for the parcels that
    /// hold no share of that level and must be apportioned from their boundary, and
    /// `boundaries` the parcels' boundaries by id (EPSG:9210) for finding the overlaps (a
    /// record's own ``ParcelClearanceRecord/boundary`` is used when it has one; a parcel
    /// with neither overlaps nothing).
    /// - Throws: ``GeoError`` when a parcel must be apportioned and GEOS fails on it.
    public func run(_ records: [ParcelClearanceRecord], units levelUnits: [AdministrativeUnit],
                    boundaries: [String: Geometry] = [:]) throws -> ClearanceProgress {
        let nesting = nesting ?? ParkNesting()
        let wanted = parkIds.map(nesting.withNested)
        let records = wanted.map { ids in records.filter { $0.parkId.map(ids.contains) ?? false } } ?? records
        let level = grouping.level
        let needing: [Int] = level.map { l in
            records.indices.filter { i in records[i].boundary != nil && !records[i].units.contains { $0.level == l } }
        } ?? []
        let apportioned: [[UnitShare]] = try ParallelQuery.flatMap(count: needing.count, threads: threads) { range in
            let apportionment = UnitApportionment(units: levelUnits)
            return try range.map { try apportionment.shares(of: records[needing[$0]].boundary!) }
        }
        var rows: [GroupKey: ClearanceProgressRow] = [:]
        var totals = ClearanceProgressRow()
        var overdue: [OverdueParcel] = []
        var nextApportioned = 0
        let outlines = records.map { $0.boundary ?? boundaries[$0.id] }
        let overlaps = countsOverlaps ? try ParcelOverlapClusters(boundaries: outlines, threads: threads) : ParcelOverlapClusters()
        let clustered = Set(overlaps.clusters.joined())
        var memberships: [Int: [(key: GroupKey, share: Double)]] = [:]
        for (i, parcel) in records.enumerated() {
            let status = parcel.status
            totals.add(parcel, share: 1, status: status)
            // Its park and the zones around it, those asked for only.
            let parkGroups: [String?] = grouping.byPark
                ? parcel.parkId.map { nesting.groups(of: $0).filter { wanted?.contains($0) ?? true }.map(Optional.some) } ?? [nil] : [nil]
            func add(_ unitId: String?, _ unitName: String?, _ share: Double) {
                for parkId in parkGroups {
                    let key = GroupKey(unitId: unitId, parkId: parkId)
                    rows[key, default: ClearanceProgressRow(unitId: unitId, unitName: unitName, parkId: parkId)]
                        .add(parcel, share: share, status: status)
                    if clustered.contains(i) { memberships[i, default: []].append((key, share)) }
                }
            }
            var shares = parcel.units
            if let level {
                if nextApportioned < needing.count, needing[nextApportioned] == i {
                    shares = apportioned[nextApportioned]
                    nextApportioned += 1
                } else {
                    shares = parcel.units.allSatisfy { $0.level == level } ? parcel.units : parcel.units.filter { $0.level == level }
                }
                var sum = 0.0
                for share in shares {
                    add(share.unitId, share.unitName, share.share)
                    sum += share.share
                }
                let rest = 1 - sum
                if rest > 1e-9 { add(nil, nil, rest) }
            } else {
                add(nil, nil, 1)
            }
            if let planned = parcel.plannedHandover, planned < asOf, status != .handedOver {
                var placed = parcel
                placed.units = shares
                overdue.append(OverdueParcel(placed, plannedHandover: planned, status: status, asOf: asOf))
            }
        }
        try countTwice(overlaps, outlines, records, memberships, levelUnits, &rows, &totals)
        for key in rows.keys {
            if let park = key.parkId { rows[key]!.includesParks = nesting.nested[park] ?? [] }
            if dedupe { rows[key]!.countOnce() }
        }
        if dedupe { totals.countOnce() }
        let sortedRows = rows.values.sorted { x, y in
            Self.nilLast(x.unitId, y.unitId) ?? Self.nilLast(x.parkId, y.parkId) ?? false
        }
        overdue.sort { ($0.daysOverdue, $1.parcelId) > ($1.daysOverdue, $0.parcelId) }
        return ClearanceProgress(asOf: asOf, rows: sortedRows, totals: totals, overdue: overdue, countedOnce: dedupe)
    }

    /// Adds to each row and the totals the area its overlapping parcels count more than once,
    /// in all and per status: per cluster and group, the members' pieces in the group minus
    /// their union (clipped to the group's unit when a member lies only partly in it; the part
    /// in no unit is what the whole cluster counts twice less what its units do).
    private func countTwice(_ overlaps: ParcelOverlapClusters, _ outlines: [Geometry?], _ records: [ParcelClearanceRecord],
                            _ memberships: [Int: [(key: GroupKey, share: Double)]], _ levelUnits: [AdministrativeUnit],
                            _ rows: inout [GroupKey: ClearanceProgressRow], _ totals: inout ClearanceProgressRow) throws {
        guard !overlaps.clusters.isEmpty else { return }
        let unitOutlines = Dictionary(levelUnits.map { ($0.id, $0.boundary) }, uniquingKeysWith: { a, _ in a })
        func statusSets(_ members: [Int]) -> [(ClearanceStatus?, [Int])] {
            [(nil, members)] + ClearanceStatus.allCases.map { s in (s, members.filter { records[$0].status == s }) }.filter { $0.1.count > 1 }
        }
        func add(_ row: inout ClearanceProgressRow, _ status: ClearanceStatus?, _ excess: Double) {
            if let status { row.doubleCountedByStatusM2[status, default: 0] += excess } else { row.doubleCountedM2 += excess }
        }
        for cluster in overlaps.clusters {
            for (status, members) in statusSets(cluster) {
                add(&totals, status, try ParcelOverlapClusters.excessM2(members.map { outlines[$0]! }))
            }
            var byKey: [GroupKey: [(member: Int, share: Double)]] = [:]
            for m in cluster { for (key, share) in memberships[m] ?? [] { byKey[key, default: []].append((m, share)) } }
            for (key, pieces) in byKey where pieces.count > 1 {
                let whole = pieces.allSatisfy { $0.share > 1 - 1e-9 }
                for (status, members) in statusSets(pieces.map(\.member)) {
                    let geometries = members.map { outlines[$0]! }
                    let excess: Double
                    if whole || grouping.level == nil {
                        excess = try ParcelOverlapClusters.excessM2(geometries)
                    } else if let unit = key.unitId {
                        excess = try unitOutlines[unit].map { try ParcelOverlapClusters.excessM2(geometries, clip: $0) } ?? 0
                    } else {
                        let units = Set(members.flatMap { m in (memberships[m] ?? []).compactMap { $0.key.parkId == key.parkId ? $0.key.unitId : nil } })
                        var inUnits = 0.0
                        for u in units { if let o = unitOutlines[u] { inUnits += try ParcelOverlapClusters.excessM2(geometries, clip: o) } }
                        excess = max(0, try ParcelOverlapClusters.excessM2(geometries) - inUnits)
                    }
                    add(&rows[key]!, status, excess)
                }
            }
        }
    }

    /// Orders optional ids ascending with `nil` last; `nil` when they are equal.
    private static func nilLast(_ x: String?, _ y: String?) -> Bool? {
        switch (x, y) {
        case let (x?, y?): x == y ? nil : x < y
        case (nil, nil): nil
        case (_?, nil): true
        case (nil, _?): false
        }
    }
}
