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
/// **Exactly the bytes of a full computation.** Floating-point addition is not
/// associative, so subtracting the old area and adding the new one would drift from a
/// fresh sum in the last bits, and the JSON prints every bit that shows. Instead, each
/// affected row's two changed status sums (and its overdue area, when the parcel became or
/// stopped being overdue) are summed again from the contributions of that row's parcels
/// only (each kept as `areaM2 × share`, the very product ``ClearanceProgressRow`` adds), in
/// parcel id order, starting from 0: the same additions in the same order as the full
/// computation, hence the same bits. (The cleared area is the handed-over status sum: the
/// same additions from the same 0.) The doubly counted areas are kept per overlap cluster;
/// a change in a cluster works out that cluster again (a union of a few parcels) and sums
/// each affected row over its clusters in cluster order, as the full computation does.
/// `KeptClearanceTotalsTests` checks 10 000 random changes against fresh computations,
/// byte for byte.
///
/// Complexity: building, as a full computation. A change: O(m) for the m parcels of the
/// rows the parcel counts in (the totals: every parcel; a tight loop over flat arrays),
/// plus its cluster's unions when it overlaps another parcel. Reading (``progress``):
/// O(r log r) for r rows.
///
/// Counting each square metre once (``ClearanceProgressQuery/dedupe``) is not kept: the
/// query must have it off.
public struct ClearanceTally: Sendable {
    typealias GroupKey = ClearanceProgressQuery.GroupKey

    /// The parcels of one row, in parcel id order, with each one's area in the row
    /// (`areaM2 × share`, m²).
    struct Members: Sendable {
        var parcels: [Int32] = []
        var areasM2: [Double] = []
    }

    /// One overlap cluster's doubly counted areas, m²: in all (key `nil`) and per status,
    /// for the totals and for each row its members count in.
    struct ClusterExcess: Sendable {
        var totals: [ClearanceStatus?: Double] = [:]
        var rows: [GroupKey: [ClearanceStatus?: Double]] = [:]
    }

    /// The query kept (its day, grouping and parks).
    public let query: ClearanceProgressQuery
    private var records: [ParcelClearanceRecord]
    private var statuses: [ClearanceStatus]
    private let positions: [String: Int]
    private let placements: ClearanceProgressQuery.Placements
    private var rows: [GroupKey: ClearanceProgressRow]
    private var totals: ClearanceProgressRow
    private let members: [GroupKey: Members]
    private let everyAreaM2: [Double]
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
    /// `units` the units of the level, `boundaries` the parcels' boundaries by id, EPSG:9210).
    /// - Precondition: `query.dedupe` and `query.listsOverdue` are false.
    /// - Throws: ``GeoError`` when GEOS fails on a parcel.
    public init(_ query: ClearanceProgressQuery, records: [ParcelClearanceRecord], units levelUnits: [AdministrativeUnit],
                boundaries: [String: Geometry] = [:]) throws {
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
        (rows, totals) = query.sums(records, placements)
        var members: [GroupKey: Members] = [:]
        for i in records.indices {
            for p in placements[i] {
                members[p.key, default: Members()].parcels.append(Int32(i))
                members[p.key]!.areasM2.append(records[i].areaM2 * p.share)
            }
        }
        self.members = members
        everyAreaM2 = records.map { $0.areaM2 * 1 }
        let allOutlines = records.map { $0.boundary ?? boundaries[$0.id] }
        clusters = query.countsOverlaps ? try ParcelOverlapClusters(boundaries: allOutlines, threads: query.threads).clusters : []
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
        for key in rowKeys(of: parcelId) {
            let m = members[key]!
            rows[key]!.resum(old, status, parcels: m.parcels, areasM2: m.areasM2, statuses: statuses)
            if overdueChanged { rows[key]!.resumOverdue(parcels: m.parcels, areasM2: m.areasM2, overdue: overdue) }
        }
        totals.resum(old, status, parcels: nil, areasM2: everyAreaM2, statuses: statuses)
        if overdueChanged { totals.resumOverdue(parcels: nil, areasM2: everyAreaM2, overdue: overdue) }
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
        var memberships: [Int: [(key: GroupKey, share: Double)]] = [:]
        var rows: [GroupKey: ClearanceProgressRow] = [:]
        for m in cluster {
            memberships[m] = placements[m].map { ($0.key, $0.share) }
            for p in placements[m] { rows[p.key] = ClearanceProgressRow(unitId: p.key.unitId, parkId: p.key.parkId) }
        }
        var totals = ClearanceProgressRow()
        try query.countTwice(ParcelOverlapClusters(clusters: [cluster]), self.outlines, records, memberships, levelUnits, &rows, &totals)
        var out = ClusterExcess(totals: totals.doubleCounted)
        for (key, row) in rows { out.rows[key] = row.doubleCounted }
        return out
    }

    /// Sums a row's doubly counted areas over its clusters, in cluster order.
    private mutating func sumExcess(_ key: GroupKey) {
        var sums: [ClearanceStatus?: Double] = [:]
        for c in clustersOfRow[key] ?? [] {
            for (status, amount) in excess[c].rows[key] ?? [:] { sums[status, default: 0] += amount }
        }
        rows[key]!.setDoubleCounted(sums)
    }

    /// Sums the totals' doubly counted areas over every cluster, in cluster order.
    private mutating func sumExcessTotals() {
        var sums: [ClearanceStatus?: Double] = [:]
        for e in excess { for (status, amount) in e.totals { sums[status, default: 0] += amount } }
        totals.setDoubleCounted(sums)
    }
}

extension ParcelOverlapClusters {
    /// Clusters already found (a kept tally working one out again).
    init(clusters: [[Int]]) { self.clusters = clusters }
}

extension ClearanceProgressRow {
    /// The doubly counted areas, m²: in all (key `nil`) and per status.
    var doubleCounted: [ClearanceStatus?: Double] {
        var out: [ClearanceStatus?: Double] = [nil: doubleCountedM2]
        for (status, amount) in doubleCountedByStatusM2 { out[status] = amount }
        return out
    }

    /// Sets the doubly counted areas (absent: 0), m².
    mutating func setDoubleCounted(_ sums: [ClearanceStatus?: Double]) {
        doubleCountedM2 = sums[nil] ?? 0
        for status in ClearanceStatus.allCases { doubleCountedByStatusM2[status] = sums[status] ?? 0 }
    }

    /// Sums again, from 0 and in the order given, the areas of statuses `a` and `b` (and the
    /// cleared area when either is handed over) over the row's parcels: `parcels` (positions
    /// into `statuses`; `nil`: every position) with their areas in the row, m². The same
    /// additions ``add(_:share:status:)`` made, so the same bits.
    mutating func resum(_ a: ClearanceStatus, _ b: ClearanceStatus, parcels: [Int32]?, areasM2: [Double], statuses: [ClearanceStatus]) {
        var sumA = 0.0, sumB = 0.0
        if let parcels {
            for j in parcels.indices {
                let s = statuses[Int(parcels[j])]
                if s == a { sumA += areasM2[j] } else if s == b { sumB += areasM2[j] }
            }
        } else {
            for j in areasM2.indices {
                let s = statuses[j]
                if s == a { sumA += areasM2[j] } else if s == b { sumB += areasM2[j] }
            }
        }
        areaByStatusM2[a] = sumA
        areaByStatusM2[b] = sumB
        if a == .handedOver { clearedAreaM2 = sumA }
        if b == .handedOver { clearedAreaM2 = sumB }
    }

    /// Counts and sums again, from 0 and in the order given, the overdue parcels and their
    /// area over the row's `parcels` (positions into `overdue`, one a placement; `nil`: every
    /// position) with their areas in the row, m². The same additions
    /// ``add(_:share:status:overdue:)`` made, so the same bits.
    mutating func resumOverdue(parcels: [Int32]?, areasM2: [Double], overdue: [Bool]) {
        var count = 0, sum = 0.0
        if let parcels {
            for j in parcels.indices where overdue[Int(parcels[j])] {
                count += 1
                sum += areasM2[j]
            }
        } else {
            for j in areasM2.indices where overdue[j] {
                count += 1
                sum += areasM2[j]
            }
        }
        overdueParcels = count
        overdueAreaM2 = sum
    }
}
