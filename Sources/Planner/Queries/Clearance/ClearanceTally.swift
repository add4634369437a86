import Geo

/// Clearance progress kept up to date parcel by parcel: the answer of a
/// ``ClearanceProgressQuery`` on one day, made once from every parcel's record, then
/// brought up to date when one parcel's status on that day changes
/// (``setStatus(_:of:)``), without reading the other parcels again. Areas m² (EPSG:9210).
///
/// What a status changes: only the per-status areas (``ClearanceProgressRow/areaByStatusM2``,
/// ``ClearanceProgressRow/clearedAreaM2``), the overdue counts and areas
/// (``ClearanceProgressRow/overdueParcels``, ``ClearanceProgressRow/overdueAreaM2``) and the
/// doubly counted areas per status. The groups a parcel counts in, its shares, its area,
/// households and money do not depend on its status (``ClearanceProgressQuery/placements(_:units:)``,
/// the one rule for them, is run once). The overdue parcels are counted, not listed: the
/// query must have ``ClearanceProgressQuery/listsOverdue`` off (the list is its own
/// question, ``ClearanceProgressQuery/run(_:units:boundaries:)`` with it on).
///
/// **Exactly the bytes of a full computation.** The areas a status moves between are
/// exact sums (``ClearanceStatusAreas``, over ``ExactSum``), in the full computation too:
/// their value depends only on which parcels are in which status, not on the order they
/// were added, so moving one parcel's `areaM2 × share` (the very product the full
/// computation adds) from its old status to its new one in each of its rows gives the bits
/// a fresh computation gives. (The cleared area is the handed-over status sum.) The doubly
/// counted areas are kept per overlap cluster; a change in a cluster works out that cluster
/// again (a union of a few parcels) and sums each affected row over its clusters in cluster
/// order, as the full computation does. `KeptClearanceTotalsTests` checks 10 000 random
/// changes against fresh computations, byte for byte.
///
/// Complexity: building, as a full computation. A change: O(k) for the k rows the parcel
/// counts in (not their parcels: a city of a million parcels changes as fast as a village),
/// plus its cluster's unions when it overlaps another parcel, and a sum over the clusters of
/// those rows. Reading (``progress``): O(r log r) for r rows.
///
/// Counting each square metre once (``ClearanceProgressQuery/dedupe``) is not kept: the
/// query must have it off.
public struct ClearanceTally: Sendable {
    typealias GroupKey = ClearanceProgressQuery.GroupKey

    /// One overlap cluster's doubly counted areas, m², for the totals and for each row its
    /// members count in: each a slot array, in all (slot 0) then per status in
    /// `ClearanceStatus.allCases` order (an array, not a dictionary: the totals add up every
    /// cluster's on each change of an overlapping parcel).
    struct ClusterExcess: Sendable {
        var totals: [Double]
        var rows: [GroupKey: [Double]] = [:]
    }

    /// The query kept (its day, grouping and parks).
    public let query: ClearanceProgressQuery
    private var records: [ParcelClearanceRecord]
    private var statuses: [ClearanceStatus]
    private let positions: [String: Int]
    private let placements: ClearanceProgressQuery.Placements
    private var rows: [GroupKey: ClearanceProgressRow]
    private var totals: ClearanceProgressRow
    private var areas: [GroupKey: ClearanceStatusAreas]
    private var totalAreas: ClearanceStatusAreas
    private let levelUnits: [AdministrativeUnit]
    private let clusters: [[Int]]
    private let clusterOf: [Int: Int]
    private let outlines: [Geometry?]
    private let clustersOfRow: [GroupKey: [Int]]
    private var excess: [ClusterExcess]
    /// Whether each record is overdue on the day (``ClearanceProgressQuery/isOverdue(_:)``).
    private var overdue: [Bool]

    /// Builds the tally from every parcel's record on the query's day (as
    /// ``ClearanceProgressQuery/run(_:units:boundaries:)`` takes them: parcel id order,
    /// `units` the units of the level, `boundaries` the parcels' boundaries by id, EPSG:9210;
    /// with `overlaps`, the pairs that overlap, and `boundaries` need hold only theirs).
    /// - Precondition: `query.dedupe` and `query.listsOverdue` are false.
    /// - Throws: ``GeoError`` when GEOS fails on a parcel.
    public init(_ query: ClearanceProgressQuery, records: [ParcelClearanceRecord], units levelUnits: [AdministrativeUnit],
                boundaries: [String: Geometry] = [:], overlaps pairs: [ParcelOverlapPair]? = nil) throws {
        precondition(!query.dedupe, "a kept tally counts overlapping parcels whole")
        precondition(!query.listsOverdue, "a kept tally counts the overdue parcels, it does not list them")
        self.query = query
        self.levelUnits = levelUnits
        let records = query.wanted(records)
        self.records = records
        statuses = records.map(\.status)
        positions = Dictionary(records.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { a, _ in a })
        let placements = try query.placements(records, units: levelUnits)
        self.placements = placements
        (rows, totals, areas, totalAreas) = query.sums(records, placements)
        let allOutlines = records.map { $0.boundary ?? boundaries[$0.id] }
        clusters = !query.countsOverlaps ? []
            : try (pairs.map { ParcelOverlapClusters(pairs: $0, ids: records.map(\.id)) }
                ?? ParcelOverlapClusters(boundaries: allOutlines, threads: query.threads)).clusters
        var clusterOf: [Int: Int] = [:]
        var clustersOfRow: [GroupKey: [Int]] = [:]
        for (c, cluster) in clusters.enumerated() {
            var keys: [GroupKey] = []
            for m in cluster {
                clusterOf[m] = c
                for p in placements[m] where !keys.contains(p.key) { keys.append(p.key) }
            }
            for key in keys { clustersOfRow[key, default: []].append(c) }
        }
        self.clusterOf = clusterOf
        self.clustersOfRow = clustersOfRow
        outlines = allOutlines.indices.map { clusterOf[$0] == nil ? nil : allOutlines[$0] }
        overdue = records.map(query.isOverdue)
        excess = []
        excess = try clusters.indices.map(excess(ofCluster:))
        for key in clustersOfRow.keys { sumExcess(key) }
        sumExcessTotals()
    }

    /// The day statuses are taken on.
    public var asOf: LocalDate { query.asOf }

    /// The answer as it stands: the same value a full computation gives on the same records.
    public var progress: ClearanceProgress { query.progress(rows, totals, []) }

    /// Whether the tally counts the parcel (it was among the records it was built from).
    public func counts(_ parcelId: String) -> Bool { positions[parcelId] != nil }

    /// The keys of the rows parcel `parcelId` counts in (empty for a parcel not counted), in
    /// the order of its placements: the rows a change of its status may change.
    func rowKeys(of parcelId: String) -> [GroupKey] {
        guard let i = positions[parcelId] else { return [] }
        var keys: [GroupKey] = []
        for p in placements[i] where !keys.contains(p.key) { keys.append(p.key) }
        return keys
    }

    /// Brings the tally up to date for `status`, the parcel's status on ``asOf`` now; a
    /// parcel not counted is ignored. Returns whether anything changed.
    /// - Throws: ``GeoError`` when GEOS fails on the parcel's overlap cluster.
    @discardableResult
    public mutating func setStatus(_ status: ClearanceStatus, of parcelId: String) throws -> Bool {
        guard let i = positions[parcelId], statuses[i] != status else { return false }
        let old = statuses[i]
        statuses[i] = status
        records[i].status = status
        let wasOverdue = overdue[i]
        overdue[i] = query.isOverdue(records[i])
        let overdueChanged = wasOverdue != overdue[i]
        let countChange = overdueChanged ? (overdue[i] ? 1 : -1) : 0
        for p in placements[i] {
            let area = records[i].areaM2 * p.share
            areas[p.key]!.move(area, from: old, to: status)
            if overdueChanged { areas[p.key]!.setOverdue(area, overdue[i]) }
            areas[p.key]!.write(into: &rows[p.key]!)
            rows[p.key]!.overdueParcels += countChange
        }
        totalAreas.move(records[i].areaM2 * 1, from: old, to: status)
        if overdueChanged { totalAreas.setOverdue(records[i].areaM2 * 1, overdue[i]) }
        totalAreas.write(into: &totals)
        totals.overdueParcels += countChange
        if let c = clusterOf[i] {
            excess[c] = try excess(ofCluster: c)
            for key in excess[c].rows.keys { sumExcess(key) }
            sumExcessTotals()
        }
        return true
    }

    /// Cluster `c`'s doubly counted areas, worked out by the full computation's own rule
    /// (``ClearanceProgressQuery/countTwice``) over that cluster alone: each row and the
    /// totals start from 0 and get at most one amount per status from it.
    private func excess(ofCluster c: Int) throws -> ClusterExcess {
        let cluster = clusters[c]
        var memberships: [Int: [ClearanceProgressQuery.Membership]] = [:]
        var rows: [GroupKey: ClearanceProgressRow] = [:]
        for m in cluster {
            memberships[m] = placements[m].map { .init(key: $0.key, share: $0.share) }
            for p in placements[m] { rows[p.key] = ClearanceProgressRow(unitId: p.key.unitId, parkId: p.key.parkId) }
        }
        var totals = ClearanceProgressRow()
        try query.countTwice(ParcelOverlapClusters(clusters: [cluster]), self.outlines, records, memberships, levelUnits, &rows, &totals)
        var out = ClusterExcess(totals: totals.doubleCountedSlots)
        for (key, row) in rows { out.rows[key] = row.doubleCountedSlots }
        return out
    }

    /// Sums a row's doubly counted areas over its clusters, in cluster order.
    private mutating func sumExcess(_ key: GroupKey) {
        var sums = ClearanceProgressRow.zeroSlots
        for c in clustersOfRow[key] ?? [] {
            guard let amounts = excess[c].rows[key] else { continue }
            for slot in sums.indices { sums[slot] += amounts[slot] }
        }
        rows[key]!.setDoubleCounted(slots: sums)
    }

    /// Sums the totals' doubly counted areas over every cluster, in cluster order.
    private mutating func sumExcessTotals() {
        var sums = ClearanceProgressRow.zeroSlots
        for e in excess { for slot in sums.indices { sums[slot] += e.totals[slot] } }
        totals.setDoubleCounted(slots: sums)
    }
}

extension ParcelOverlapClusters {
    /// Clusters already found (a kept tally working one out again).
    init(clusters: [[Int]]) { self.clusters = clusters }
}

extension ClearanceProgressRow {
    /// No doubly counted area, as slots (``doubleCountedSlots``).
    static let zeroSlots = [Double](repeating: 0, count: ClearanceStatus.allCases.count + 1)

    /// The doubly counted areas, m²: in all (slot 0), then per status in
    /// `ClearanceStatus.allCases` order.
    var doubleCountedSlots: [Double] {
        [doubleCountedM2] + ClearanceStatus.allCases.map { doubleCountedByStatusM2[$0] ?? 0 }
    }

    /// Sets the doubly counted areas from slots (``doubleCountedSlots``), m².
    mutating func setDoubleCounted(slots: [Double]) {
        doubleCountedM2 = slots[0]
        for (i, status) in ClearanceStatus.allCases.enumerated() { doubleCountedByStatusM2[status] = slots[i + 1] }
    }
}
