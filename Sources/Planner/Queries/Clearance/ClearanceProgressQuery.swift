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
/// Complexity: O(n) for n parcels plus, for parcels needing apportionment, one STRtree
/// query and a few intersections each (O(log u) candidates of u units). Parcels are
/// read in parallel chunks, then summed in parcel order, so any thread count gives
/// exactly the same sums.
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

    /// The part of one parcel falling in one unit (or in none).
    private struct Part: Sendable {
        var unitId: String?
        var unitName: String?
        var share: Double
    }

    private struct GroupKey: Hashable {
        var unitId: String?
        var parkId: String?
    }

    /// Runs the query.
    /// - Throws: ``GeoError`` when a parcel must be apportioned and GEOS fails on it.
    public func run(_ data: PlanningData) throws -> ClearanceProgress {
        let parcels = parkIds.map { ids in data.parcels.filter { $0.parkId.map(ids.contains) ?? false } } ?? data.parcels
        let level = grouping.level
        let levelUnits = level.map { data.units(at: $0) } ?? []
        let parts: [[Part]] = try ParallelQuery.flatMap(count: parcels.count, threads: threads) { range in
            guard let level else { return range.map { _ in [Part(share: 1)] } }
            let apportionment = UnitApportionment(units: levelUnits)
            return try range.map { i in try Self.parts(of: parcels[i], level: level, apportionment) }
        }
        var rows: [GroupKey: ClearanceProgressRow] = [:]
        var totals = ClearanceProgressRow()
        var overdue: [OverdueParcel] = []
        for (parcel, parcelParts) in zip(parcels, parts) {
            let status = parcel.clearance.status(asOf: asOf)
            totals.add(parcel, share: 1, status: status)
            let parkId = grouping.byPark ? parcel.parkId : nil
            for part in parcelParts {
                let key = GroupKey(unitId: part.unitId, parkId: parkId)
                rows[key, default: ClearanceProgressRow(unitId: part.unitId, unitName: part.unitName, parkId: parkId)]
                    .add(parcel, share: part.share, status: status)
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

    /// The parcel's shares in the units of `level`, plus the part in no unit.
    private static func parts(of parcel: Parcel, level: UnitLevel, _ apportionment: UnitApportionment) throws -> [Part] {
        var shares = parcel.units.filter { $0.level == level }
        if shares.isEmpty { shares = try apportionment.shares(of: parcel.boundary) }
        var parts = shares.map { Part(unitId: $0.unitId, unitName: $0.unitName, share: $0.share) }
        let rest = 1 - shares.reduce(0) { $0 + $1.share }
        if rest > 1e-9 { parts.append(Part(share: rest)) }
        return parts
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
