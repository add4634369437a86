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
    /// False: the overdue parcels are only counted in the rows (``ClearanceProgressRow/overdueParcels``),
    /// not listed (``ClearanceProgress/overdue`` stays empty), for the answers by unit or park
    /// that carry no list (and the kept ``ClearanceTally``).
    public var listsOverdue = true

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

    /// A row's group: its unit and its park (either `nil` as the grouping says).
    struct GroupKey: Hashable, Sendable {
        var unitId: String?
        var parkId: String?
    }

    /// One group a parcel counts in, with its share there (0–1) and the unit's name.
    struct Placement: Sendable {
        var key: GroupKey
        var unitName: String?
        var share: Double
    }

    /// Every record's placements, flat: record `i`'s are `flat[start[i]..<start[i + 1]]`,
    /// in the order its shares are added.
    struct Placements: Sendable {
        var flat: [Placement] = []
        var start: [Int] = [0]
        /// The shares of the level worked out from the boundary, by record, for the records
        /// that hold none of that level (the overdue list names their units from these).
        var apportioned: [Int: [UnitShare]] = [:]

        /// Record `i`'s placements.
        subscript(_ i: Int) -> ArraySlice<Placement> { flat[start[i]..<start[i + 1]] }
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
    /// with neither overlaps nothing). With `overlaps`, the pairs that overlap among the
    /// records (``ParcelOverlapPair``, as a store keeps them), `boundaries` need hold only
    /// theirs; without, the pairs are found from the boundaries of every record.
    /// - Throws: ``GeoError`` when a parcel must be apportioned and GEOS fails on it.
    public func run(_ records: [ParcelClearanceRecord], units levelUnits: [AdministrativeUnit],
                    boundaries: [String: Geometry] = [:], overlaps pairs: [ParcelOverlapPair]? = nil) throws -> ClearanceProgress {
        let records = wanted(records)
        let placements = try self.placements(records, units: levelUnits)
        var (rows, totals, _, _) = sums(records, placements)
        var overdue: [OverdueParcel] = []
        let overlaps: ParcelOverlapClusters
        var outlines: [Geometry?]
        if !countsOverlaps {
            (overlaps, outlines) = (ParcelOverlapClusters(), [])
        } else if let pairs {
            // Only the clustered parcels' outlines are overlaid: looking up every record's
            // was a tenth of the query at 100 000 parcels.
            overlaps = ParcelOverlapClusters(pairs: pairs, ids: records.map(\.id))
            outlines = Array(repeating: nil, count: records.count)
            for i in overlaps.clusters.joined() { outlines[i] = records[i].boundary ?? boundaries[records[i].id] }
        } else {
            outlines = records.map { $0.boundary ?? boundaries[$0.id] }
            overlaps = try ParcelOverlapClusters(boundaries: outlines, threads: threads)
        }
        let clustered = Set(overlaps.clusters.joined())
        var memberships: [Int: [Membership]] = [:]
        for i in clustered { memberships[i] = placements[i].map { Membership(key: $0.key, share: $0.share) } }
        // By position, not `for … in records`: that copies every record (a retain per field), 5 % of the query.
        if listsOverdue {
            for i in records.indices {
                if let late = overdueEntry(records[i], apportioned: placements.apportioned[i]) { overdue.append(late) }
            }
        }
        try countTwice(overlaps, outlines, records, memberships, levelUnits, &rows, &totals)
        if dedupe {
            for key in rows.keys { rows[key]!.countOnce() }
            totals.countOnce()
        }
        overdue.sort(by: Self.moreOverdue)
        return progress(rows, totals, overdue)
    }

    /// The records of the parks asked for (``parkIds`` and the parks nested in them).
    func wanted(_ records: [ParcelClearanceRecord]) -> [ParcelClearanceRecord] {
        let wanted = parkIds.map((nesting ?? ParkNesting()).withNested)
        return wanted.map { ids in records.filter { $0.parkId.map(ids.contains) ?? false } } ?? records
    }

    /// Where each record counts, and by what share: grouped by unit, its shares of the level
    /// (stored, else apportioned from its boundary over `levelUnits`), the part in no unit to
    /// the row with no unit; grouped by park, in its park and every zone around it that is
    /// asked for. THE rule for placing a parcel, for the full sums and the kept ones
    /// (``ClearanceTally``).
    /// - Throws: ``GeoError`` when a parcel must be apportioned and GEOS fails on it.
    func placements(_ records: [ParcelClearanceRecord], units levelUnits: [AdministrativeUnit]) throws -> Placements {
        let nesting = nesting ?? ParkNesting()
        let wanted = parkIds.map(nesting.withNested)
        let level = grouping.level
        let needing: [Int] = level.map { l in
            records.indices.filter { i in records[i].boundary != nil && !records[i].units.contains { $0.level == l } }
        } ?? []
        let apportioned: [[UnitShare]] = try ParallelQuery.flatMap(count: needing.count, threads: threads) { range in
            let apportionment = UnitApportionment(units: levelUnits)
            return try range.map { try apportionment.shares(of: records[needing[$0]].boundary!) }
        }
        var out = Placements()
        out.start.reserveCapacity(records.count + 1)
        var nextApportioned = 0
        for i in records.indices {
            // Its park and the zones around it, those asked for only.
            let parkGroups: [String?] = grouping.byPark
                ? records[i].parkId.map { nesting.groups(of: $0).filter { wanted?.contains($0) ?? true }.map(Optional.some) } ?? [nil] : [nil]
            func add(_ unitId: String?, _ unitName: String?, _ share: Double) {
                for parkId in parkGroups {
                    out.flat.append(Placement(key: GroupKey(unitId: unitId, parkId: parkId), unitName: unitName, share: share))
                }
            }
            if let level {
                let shares: [UnitShare]
                if nextApportioned < needing.count, needing[nextApportioned] == i {
                    shares = apportioned[nextApportioned]
                    out.apportioned[i] = shares
                    nextApportioned += 1
                } else {
                    shares = records[i].units.allSatisfy { $0.level == level } ? records[i].units : records[i].units.filter { $0.level == level }
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
            out.start.append(out.flat.count)
        }
        return out
    }

    /// The totals alone of ``run(_:units:boundaries:overlaps:)`` with ``countsOverlaps``
    /// off and no ``dedupe``: every record of the parks asked for added once, whole, in the
    /// order given, by the same sums (so the same bits), without placing a record in a
    /// row. What the report's trend draws at each quarter end.
    public func plainTotals(_ records: [ParcelClearanceRecord]) -> ClearanceProgressRow {
        let records = wanted(records)
        var totals = ClearanceProgressRow()
        var totalAreas = ClearanceStatusAreas()
        records.withUnsafeBufferPointer { records in
            for i in records.indices { Self.addToTotals(records[i], overdue: isOverdue(records[i]), &totals, &totalAreas) }
        }
        totalAreas.write(into: &totals)
        return totals
    }

    /// ``plainTotals(_:)`` on each of `days` in one pass: record `i` on a day is
    /// `records[i]` with its status then, from `history(i)` (``ParcelClearanceRecord/on(_:history:)``),
    /// and each day's sums are added in record order, so each equals `plainTotals` of that
    /// day's records bit for bit. ``asOf`` is not used (each day is its own). Mapping every
    /// record anew for each of 19 quarter ends took 3.5 s of a 100 000-parcel report.
    public func plainTotals(_ records: [ParcelClearanceRecord], on days: [LocalDate],
                            history: (Int) -> ClearanceHistory?) -> [ClearanceProgressRow] {
        let wanted = parkIds.map((nesting ?? ParkNesting()).withNested)
        let queries = days.map { day in var q = self; q.asOf = day; return q }
        var totals = Array(repeating: ClearanceProgressRow(), count: days.count)
        var areas = Array(repeating: ClearanceStatusAreas(), count: days.count)
        for i in records.indices {
            if let wanted, !(records[i].parkId.map(wanted.contains) ?? false) { continue }
            let h = history(i)
            // One copy a record, taken to each day in turn (a copy a day was a tenth of a
            // 1 000 000-parcel report).
            var record = records[i]
            for k in days.indices {
                record.take(days[k], history: h)
                Self.addToTotals(record, overdue: queries[k].isOverdue(record), &totals[k], &areas[k])
            }
        }
        for k in days.indices { areas[k].write(into: &totals[k]) }
        return totals
    }

    /// Adds one record, whole, to the totals and their areas by status.
    private static func addToTotals(_ record: ParcelClearanceRecord, overdue: Bool, _ totals: inout ClearanceProgressRow,
                                    _ areas: inout ClearanceStatusAreas) {
        totals.add(record, share: 1, overdue: overdue)
        areas.add(record.areaM2 * 1, status: record.status, overdue: overdue)
    }

    /// The rows and the totals, each record added by its placements in the order given,
    /// with the areas that depend on each parcel's status (``ClearanceStatusAreas``) by row.
    func sums(_ records: [ParcelClearanceRecord], _ placements: Placements)
        -> (rows: [GroupKey: ClearanceProgressRow], totals: ClearanceProgressRow,
            areas: [GroupKey: ClearanceStatusAreas], totalAreas: ClearanceStatusAreas) {
        var rows: [GroupKey: ClearanceProgressRow] = [:]
        var totals = ClearanceProgressRow()
        var areas: [GroupKey: ClearanceStatusAreas] = [:]
        var totalAreas = ClearanceStatusAreas()
        // Through the buffer: `records[i]` handed to `add` was copied (a retain per field) each time.
        records.withUnsafeBufferPointer { records in
            for i in records.indices {
                let overdue = isOverdue(records[i])
                Self.addToTotals(records[i], overdue: overdue, &totals, &totalAreas)
                for p in placements[i] {
                    rows[p.key, default: ClearanceProgressRow(unitId: p.key.unitId, unitName: p.unitName, parkId: p.key.parkId)]
                        .add(records[i], share: p.share, overdue: overdue)
                    areas[p.key, default: ClearanceStatusAreas()].add(records[i].areaM2 * p.share, status: records[i].status, overdue: overdue)
                }
            }
        }
        for (key, area) in areas { area.write(into: &rows[key]!) }
        totalAreas.write(into: &totals)
        return (rows, totals, areas, totalAreas)
    }

    /// The parcel's entry in the overdue list: planned hand-over passed on ``asOf`` and not
    /// handed over; `nil` otherwise. Its units are those of the level grouped by (the
    /// `apportioned` shares when it holds none of that level), so the list names the unit
    /// the parcel was counted in, even one worked out from its shape.
    func overdueEntry(_ parcel: ParcelClearanceRecord, apportioned: [UnitShare]?) -> OverdueParcel? {
        guard isOverdue(parcel), let planned = parcel.plannedHandover else { return nil }
        var placed = parcel
        if let apportioned {
            placed.units = apportioned
        } else if let level = grouping.level, !parcel.units.allSatisfy({ $0.level == level }) {
            placed.units = parcel.units.filter { $0.level == level }
        }
        return OverdueParcel(placed, plannedHandover: planned, status: parcel.status, asOf: asOf)
    }

    /// Whether the parcel is overdue on ``asOf``: its planned hand-over passed (before the
    /// day) and its status then not handed over. THE rule, for the list and the counts.
    func isOverdue(_ parcel: ParcelClearanceRecord) -> Bool {
        guard let planned = parcel.plannedHandover else { return false }
        return planned < asOf && parcel.status != .handedOver
    }

    /// The overdue list's order: most days overdue first, then by parcel id.
    static func moreOverdue(_ a: OverdueParcel, _ b: OverdueParcel) -> Bool {
        (a.daysOverdue, b.parcelId) > (b.daysOverdue, a.parcelId)
    }

    /// The answer from finished rows (each zone's nested parks named), the rows ordered by
    /// unit then park, `nil` last.
    func progress(_ rows: [GroupKey: ClearanceProgressRow], _ totals: ClearanceProgressRow, _ overdue: [OverdueParcel]) -> ClearanceProgress {
        let nesting = nesting ?? ParkNesting()
        var rows = rows
        for key in rows.keys {
            if let park = key.parkId { rows[key]!.includesParks = nesting.nested[park] ?? [] }
        }
        let sortedRows = rows.values.sorted { x, y in
            Self.nilLast(x.unitId, y.unitId) ?? Self.nilLast(x.parkId, y.parkId) ?? false
        }
        return ClearanceProgress(asOf: asOf, rows: sortedRows, totals: totals, overdue: overdue, countedOnce: dedupe)
    }

    /// Adds to each row and the totals the area its overlapping parcels count more than once,
    /// in all and per status: per cluster and group, the members' pieces in the group minus
    /// their union (clipped to the group's unit when a member lies only partly in it; the part
    /// in no unit is what the whole cluster counts twice less what its units do).
    ///
    /// The clusters' overlays run on all cores (``ParallelQuery``); their excesses are then
    /// added cluster by cluster in the same order, so the sums are the same bits on any
    /// number of threads.
    func countTwice(_ overlaps: ParcelOverlapClusters, _ outlines: [Geometry?], _ records: [ParcelClearanceRecord],
                            _ memberships: [Int: [Membership]], _ levelUnits: [AdministrativeUnit],
                            _ rows: inout [GroupKey: ClearanceProgressRow], _ totals: inout ClearanceProgressRow) throws {
        guard !overlaps.clusters.isEmpty else { return }
        let clusters = overlaps.clusters
        let unitOutlines = Dictionary(levelUnits.map { ($0.id, $0.boundary) }, uniquingKeysWith: { a, _ in a })
        let found = try ParallelQuery.flatMap(count: clusters.count, threads: threads) { range in
            try range.map { try excesses(of: clusters[$0], outlines, records, memberships, unitOutlines) }
        }
        for cluster in found {
            for e in cluster {
                if let key = e.key { Self.add(&rows[key]!, e.status, e.excessM2) } else { Self.add(&totals, e.status, e.excessM2) }
            }
        }
    }

    /// One group a parcel of a cluster counts in, with its share there (0–1).
    struct Membership: Sendable {
        var key: GroupKey
        var share: Double
    }

    /// One doubly counted area of a cluster, m²: in the row of `key` (`nil`: the totals), in
    /// all (`status` `nil`) or in one status.
    struct Excess: Sendable {
        var key: GroupKey?
        var status: ClearanceStatus?
        var excessM2: Double
    }

    /// A doubly counted area already worked out within one cluster: of these members, in
    /// this order, clipped to the unit with this id (`nil`: not clipped).
    private struct WorkedExcess: Hashable {
        var members: [Int]
        var unit: String?
    }

    /// Adds `excess` to the row's doubly counted area, in all or in `status`.
    private static func add(_ row: inout ClearanceProgressRow, _ status: ClearanceStatus?, _ excess: Double) {
        if let status { row.doubleCountedByStatusM2[status, default: 0] += excess } else { row.doubleCountedM2 += excess }
    }

    /// The doubly counted areas of one cluster, in the order they are added: the totals'
    /// first (in all, then per status), then each group's with more than one piece.
    private func excesses(of cluster: [Int], _ outlines: [Geometry?], _ records: [ParcelClearanceRecord],
                          _ memberships: [Int: [Membership]], _ unitOutlines: [String: Geometry]) throws -> [Excess] {
        func statusSets(_ members: [Int]) -> [(ClearanceStatus?, [Int])] {
            [(nil, members)] + ClearanceStatus.allCases.map { s in (s, members.filter { records[$0].status == s }) }.filter { $0.1.count > 1 }
        }
        // The same members (in the same order) come up again and again: the totals, each
        // status, each row the whole cluster counts in. Each union is worked out once, so
        // every amount is still the one GEOS gives for those pieces in that order.
        var worked: [WorkedExcess: Double] = [:]
        func excessM2(_ members: [Int], clip unit: String? = nil) throws -> Double {
            let key = WorkedExcess(members: members, unit: unit)
            if let known = worked[key] { return known }
            let pieces = members.map { outlines[$0]! }
            let excess = try unit.map { u in try unitOutlines[u].map { try ParcelOverlapClusters.excessM2(pieces, clip: $0) } ?? 0 }
                ?? ParcelOverlapClusters.excessM2(pieces)
            worked[key] = excess
            return excess
        }
        var out: [Excess] = []
        for (status, members) in statusSets(cluster) {
            out.append(Excess(key: nil, status: status, excessM2: try excessM2(members)))
        }
        var byKey: [GroupKey: [(member: Int, share: Double)]] = [:]
        var keys: [GroupKey] = []
        for m in cluster {
            for membership in memberships[m] ?? [] {
                if byKey[membership.key] == nil { keys.append(membership.key) }
                byKey[membership.key, default: []].append((m, membership.share))
            }
        }
        for key in keys {
            guard let pieces = byKey[key], pieces.count > 1 else { continue }
            let whole = pieces.allSatisfy { $0.share > 1 - 1e-9 }
            for (status, members) in statusSets(pieces.map(\.member)) {
                let excess: Double
                if whole || grouping.level == nil {
                    excess = try excessM2(members)
                } else if let unit = key.unitId {
                    excess = try excessM2(members, clip: unit)
                } else {
                    let units = Set(members.flatMap { m in (memberships[m] ?? []).compactMap { $0.key.parkId == key.parkId ? $0.key.unitId : nil } })
                    var inUnits = 0.0
                    for u in units.sorted() { inUnits += try excessM2(members, clip: u) }
                    excess = max(0, try excessM2(members) - inUnits)
                }
                out.append(Excess(key: key, status: status, excessM2: excess))
            }
        }
        return out
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
