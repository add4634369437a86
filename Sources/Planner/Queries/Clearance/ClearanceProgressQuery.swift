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

    /// Creates the query.
    public init(asOf: LocalDate, grouping: ClearanceGrouping, parkIds: Set<String>? = nil, threads: Int? = nil) {
        self.asOf = asOf
        self.grouping = grouping
        self.parkIds = parkIds
        self.threads = threads
    }

    private struct GroupKey: Hashable {
        var unitId: String?
        var parkId: String?
    }

    /// Runs the query over the parcels of `data`, in their order.
    /// - Throws: ``GeoError`` when a parcel must be apportioned and GEOS fails on it.
    public func run(_ data: PlanningData) throws -> ClearanceProgress {
        let level = grouping.level
        let records = data.parcels.compactMap { p -> ParcelClearanceRecord? in
            if let parkIds, !(p.parkId.map(parkIds.contains) ?? false) { return nil }
            return ParcelClearanceRecord(p, asOf: asOf, level: level)
        }
        return try run(records, units: level.map { data.units(at: $0) } ?? [])
    }

    /// Runs the query over parcel records taken on ``asOf`` (summed in the order given:
    /// parcel id order gives the same answer as `run(_ data:)` on the same
    /// parcels), with `units` the units of the level grouped by, for the parcels that
    /// hold no share of that level and must be apportioned from their boundary.
    /// - Throws: ``GeoError`` when a parcel must be apportioned and GEOS fails on it.
    public func run(_ records: [ParcelClearanceRecord], units levelUnits: [AdministrativeUnit]) throws -> ClearanceProgress {
        let records = parkIds.map { ids in records.filter { $0.parkId.map(ids.contains) ?? false } } ?? records
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
        for (i, parcel) in records.enumerated() {
            let status = parcel.status
            totals.add(parcel, share: 1, status: status)
            let parkId = grouping.byPark ? parcel.parkId : nil
            func add(_ unitId: String?, _ unitName: String?, _ share: Double) {
                let key = GroupKey(unitId: unitId, parkId: parkId)
                rows[key, default: ClearanceProgressRow(unitId: unitId, unitName: unitName, parkId: parkId)]
                    .add(parcel, share: share, status: status)
            }
            if let level {
                let shares: [UnitShare]
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
                overdue.append(OverdueParcel(parcelId: parcel.id, parkId: parcel.parkId, plannedHandover: planned,
                                             status: status, daysOverdue: asOf.days(since: planned)))
            }
        }
        let sortedRows = rows.values.sorted { x, y in
            Self.nilLast(x.unitId, y.unitId) ?? Self.nilLast(x.parkId, y.parkId) ?? false
        }
        overdue.sort { ($0.daysOverdue, $1.parcelId) > ($1.daysOverdue, $0.parcelId) }
        return ClearanceProgress(asOf: asOf, rows: sortedRows, totals: totals, overdue: overdue)
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
