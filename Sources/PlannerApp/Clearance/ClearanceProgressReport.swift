import Geo
import Planner

/// Clearance (GPMB) progress as of a day, grouped by park, by unit of a level, or by
/// unit within each park; and the parcels overdue for hand-over.
///
/// Reads lean: the parks and units (for names, outlines and apportioning), then one
/// ``ParcelClearanceRecord`` per parcel and the parcels' boundaries for finding the overlaps
/// (``ClearanceReading/clearanceRecordsAndBoundaries(asOf:level:parkIds:)``, one pass over
/// the GeoPackage store's parcels), never whole parcels. A zone
/// counts the parcels of the parks nested in it (``ParkNesting``); asked for a zone
/// (`--park`), its nested parks come too. Areas m² (EPSG:9210).
public struct ClearanceProgressReport: Sendable {
    /// The day statuses are taken on.
    public var asOf: LocalDate
    /// How rows are grouped.
    public var grouping: ClearanceGrouping
    /// Only these parks (ids or names); empty for every park.
    public var parks: [String]
    /// True: each square metre counted once (``ClearanceProgressQuery/dedupe``).
    public var dedupe: Bool

    /// Creates the report.
    public init(asOf: LocalDate, grouping: ClearanceGrouping = .park, parks: [String] = [], dedupe: Bool = false) {
        self.asOf = asOf
        self.grouping = grouping
        self.parks = parks
        self.dedupe = dedupe
    }

    /// Progress by group, with totals; every row and the totals count their overdue parcels
    /// (``ClearanceProgressRow/overdueParcels``, ``ClearanceProgressRow/overdueAreaM2``), the
    /// list of them is ``overdue(_:)`` (``ClearanceProgress/overdue`` is empty here). The
    /// table maps each row to its unit's or park's outline (the part of the park in the
    /// unit for unit-within-park rows).
    /// - Throws: ``UnitLevelNotStored`` when the store has no units of the level grouped
    ///   by; ``ParkLookupError``; store and GEOS errors.
    public func run(_ store: any PlanningReading & ClearanceReading) throws -> Answer<ClearanceProgress> {
        let (progress, data) = try compute(store, listingOverdue: false)
        return try answer(progress, data)
    }

    /// The parcels as read for a clearance question: each one's record on the day with its
    /// shares of `level`, the pairs that overlap, and boundaries (EPSG:9210) by id, at least
    /// those of the paired records that carry none. Every park's parcels.
    struct ParcelRead: Sendable {
        /// The level of the records' shares; `nil` for none.
        var level: UnitLevel?
        /// What ``ClearanceReading/clearanceRecordsAndOverlaps(asOf:level:parkIds:)`` reads.
        var read: (records: [ParcelClearanceRecord], overlaps: [ParcelOverlapPair], boundaries: [String: Geometry])
    }

    /// ``run(_:)``'s progress, without the table's outlines, over `parcels` when they were
    /// read for it (every park, at the level grouped by; a park grouping takes any level):
    /// the report sums by unit and by park from one read.
    func progress(_ store: any PlanningReading & ClearanceReading, reusing parcels: ParcelRead?) throws -> ClearanceProgress {
        try compute(store, listingOverdue: false, reusing: parcels).0
    }

    /// The answer for `progress` worked out over `data`'s parks and units.
    func answer(_ progress: ClearanceProgress, _ data: PlanningData) throws -> Answer<ClearanceProgress> {
        try answer(progress, data, outlines: try outlines(data, progress))
    }

    /// The answer for `progress` with each group's outline already worked out
    /// (``outlines(_:_:)``, kept beside a tally: its rows never change groups).
    func answer(_ progress: ClearanceProgress, _ data: PlanningData, outlines: [String: Geometry]) throws -> Answer<ClearanceProgress> {
        let names = Dictionary(uniqueKeysWithValues: data.parks.map { ($0.id, $0.name) })
        return Answer(result: progress, table: .clearance(progress, grouping: grouping, parkNames: names, outlines: outlines))
    }

    /// The parcels overdue for hand-over (planned day passed, not handed over), most
    /// overdue first, with their outlines.
    /// - Throws: as ``run(_:)``.
    /// Each parcel is named with its commune (the finest unit level stored) whatever the
    /// grouping, and with the unit whose GPMB board answers for it (``ResponsibleBoard``:
    /// the unit holding the larger share at the level boards sit at on the day, districts
    /// before 1 July 2025, communes from then) and who recorded its status.
    public func overdue(_ store: any PlanningReading & ClearanceReading) throws -> Answer<OverdueList> {
        let parcels = try overdueParcels(store)
        let list = OverdueList(parcels: parcels, outlines: try store.parcelBoundaries(ids: parcels.map(\.parcelId)))
        return Answer(result: list, table: .overdue(list.parcels, asOf: asOf, outlines: list.outlines))
    }

    /// ``overdue(_:)``'s parcels, named the same way, without reading their outlines (the
    /// report lists the first few: reading half a million outlines by id was most of its
    /// overdue list at 1 000 000 parcels).
    /// - Throws: as ``run(_:)``.
    public func overdueParcels(_ store: any PlanningReading & ClearanceReading) throws -> [OverdueParcel] {
        try overdueParcels(store, reusing: nil)
    }

    /// ``overdueParcels(_:)``, over `parcels` where they were read at the level needed
    /// (``progress(_:reusing:)``).
    func overdueParcels(_ store: any PlanningReading & ClearanceReading, reusing read: ParcelRead?) throws -> [OverdueParcel] {
        var byUnit = self
        let levels = try store.unitLevels()
        if grouping.level == nil, let finest = levels.contains(.commune) ? .commune : levels.first { byUnit.grouping = .unit(finest) }
        let (progress, _) = try byUnit.compute(store, listingOverdue: true, reusing: read)
        var parcels = progress.overdue
        if let board = ResponsibleBoard.level(on: asOf, among: levels) {
            var units = Dictionary(parcels.map { ($0.parcelId, ($0.unitId, $0.unitName)) }, uniquingKeysWith: { a, _ in a })
            if board != byUnit.grouping.level {
                // The board sits at another level than the unit named: take the shares there.
                var byBoard = byUnit
                byBoard.grouping = .unit(board)
                units = Dictionary(try byBoard.compute(store, listingOverdue: true, reusing: read).0.overdue.map { ($0.parcelId, ($0.unitId, $0.unitName)) },
                                   uniquingKeysWith: { a, _ in a })
            }
            for i in parcels.indices {
                let unit = units[parcels[i].parcelId]
                parcels[i].assignBoard(unitId: unit?.0, unitName: unit?.1)
            }
        }
        return parcels
    }

    private func compute(_ store: any PlanningReading & ClearanceReading, listingOverdue: Bool,
                         reusing parcels: ParcelRead? = nil) throws -> (ClearanceProgress, PlanningData) {
        let p = try prepared(store, listingOverdue: listingOverdue, reusing: parcels)
        return (try p.query.run(p.records, units: p.units, boundaries: p.boundaries, overlaps: p.overlaps), p.data)
    }

    /// What the query runs over, read from `store`: the query (listing the overdue parcels
    /// when `listingOverdue`), the parcels' records, the units of the level grouped by, the
    /// pairs of parcels that overlap and their boundaries (EPSG:9210), the parks and units.
    /// The parcels are `parcels` when those were read for this question (every park, at the
    /// level grouped by, or any level for a grouping by park alone).
    func prepared(_ store: any PlanningReading & ClearanceReading, listingOverdue: Bool, reusing parcels: ParcelRead? = nil) throws
        -> (query: ClearanceProgressQuery, records: [ParcelClearanceRecord], units: [AdministrativeUnit],
            overlaps: [ParcelOverlapPair], boundaries: [String: Geometry], data: PlanningData) {
        let data = PlanningData(parks: try store.parks(), units: try store.units(level: nil))
        if let level = grouping.level { try UnitLevelNotStored.check(level, in: data.unitLevels) }
        let nesting = try ParkNesting(parks: data.parks)
        let parkIds = try ParkResolver.ids(parks, in: data.parks).map(Set.init)
        var query = ClearanceProgressQuery(asOf: asOf, grouping: grouping, parkIds: parkIds, nesting: nesting, dedupe: dedupe)
        query.listsOverdue = listingOverdue
        let fits = parcels.map { parks.isEmpty && (grouping.level == nil || $0.level == grouping.level) } ?? false
        let (records, overlaps, boundaries) = try fits ? parcels!.read
            : store.clearanceRecordsAndOverlaps(asOf: asOf, level: grouping.level, parkIds: parkIds.map(nesting.withNested))
        return (query, records, grouping.level.map { data.units(at: $0) } ?? [], overlaps, boundaries, data)
    }

    /// Each group's boundary (EPSG:9210) by id: the units of the level, or the parks; for
    /// unit+park rows the part of the park in the unit, by row id (`unit|park`).
    /// - Throws: ``GeoError`` when GEOS fails intersecting a unit and a park.
    func outlines(_ data: PlanningData, _ progress: ClearanceProgress) throws -> [String: Geometry] {
        switch grouping {
        case .park: return Dictionary(data.parks.map { ($0.id, $0.boundary) }, uniquingKeysWith: { a, _ in a })
        case .unit(let level): return Dictionary(data.units(at: level).map { ($0.id, $0.boundary) }, uniquingKeysWith: { a, _ in a })
        case .unitAndPark(let level):
            var out: [String: Geometry] = [:]
            for row in progress.rows {
                guard let unitId = row.unitId, let parkId = row.parkId, let unit = data.unit(id: unitId, level: level),
                      let park = data.park(id: parkId) else { continue }
                let part = try unit.boundary.intersection(park.boundary)
                if !part.polygons.isEmpty { out[unitId + "|" + parkId] = .multiPolygon(MultiPolygon(part.polygons)) }
            }
            return out
        }
    }
}
