import Geo
import Planner

/// Clearance (GPMB) progress as of a day, grouped by park, by unit of a level, or by
/// unit within each park; and the parcels overdue for hand-over.
///
/// Reads lean: the parks and units (for names, outlines and apportioning), then one
/// ``ParcelClearanceRecord`` per parcel (``ClearanceReading/clearanceRecords(asOf:level:parkIds:)``),
/// never whole parcels, and the parcels' boundaries for finding the overlaps. A zone
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

    /// Progress by group, with totals and the overdue parcels; the table maps each row to
    /// its unit's or park's outline (none for unit-within-park rows).
    /// - Throws: ``UnitLevelNotStored`` when the store has no units of the level grouped
    ///   by; ``ParkLookupError``; store and GEOS errors.
    public func run(_ store: any PlanningReading & ClearanceReading) throws -> Answer<ClearanceProgress> {
        let (progress, data) = try compute(store)
        return answer(progress, data)
    }

    /// The answer for `progress` worked out over `data`'s parks and units.
    func answer(_ progress: ClearanceProgress, _ data: PlanningData) -> Answer<ClearanceProgress> {
        let names = Dictionary(uniqueKeysWithValues: data.parks.map { ($0.id, $0.name) })
        return Answer(result: progress,
                      table: .clearance(progress, grouping: grouping, parkNames: names, outlines: outlines(data)))
    }

    /// The parcels overdue for hand-over (planned day passed, not handed over), most
    /// overdue first, with their outlines.
    /// - Throws: as ``run(_:)``.
    /// Each parcel is named with its commune (the finest unit level stored) whatever the
    /// grouping.
    public func overdue(_ store: any PlanningReading & ClearanceReading) throws -> Answer<OverdueList> {
        var byUnit = self
        if grouping.level == nil {
            let levels = Set(try store.units(level: nil).map(\.level))
            if let finest = levels.contains(.commune) ? .commune : levels.first { byUnit.grouping = .unit(finest) }
        }
        let (progress, _) = try byUnit.compute(store)
        let list = OverdueList(parcels: progress.overdue, outlines: try store.parcelBoundaries(ids: progress.overdue.map(\.parcelId)))
        return Answer(result: list, table: .overdue(list.parcels, asOf: asOf, outlines: list.outlines))
    }

    private func compute(_ store: any PlanningReading & ClearanceReading) throws -> (ClearanceProgress, PlanningData) {
        let p = try prepared(store)
        return (try p.query.run(p.records, units: p.units, boundaries: p.boundaries), p.data)
    }

    /// What the query runs over, read from `store`: the query, the parcels' records, the
    /// units of the level grouped by, the boundaries for the overlaps (EPSG:9210), the parks
    /// and units.
    func prepared(_ store: any PlanningReading & ClearanceReading) throws
        -> (query: ClearanceProgressQuery, records: [ParcelClearanceRecord], units: [AdministrativeUnit], boundaries: [String: Geometry], data: PlanningData) {
        let data = PlanningData(parks: try store.parks(), units: try store.units(level: nil))
        if let level = grouping.level { try UnitLevelNotStored.check(level, in: data.unitLevels) }
        let nesting = try ParkNesting(parks: data.parks)
        let parkIds = try ParkResolver.ids(parks, in: data.parks).map(Set.init)
        let query = ClearanceProgressQuery(asOf: asOf, grouping: grouping, parkIds: parkIds, nesting: nesting, dedupe: dedupe)
        let records = try store.clearanceRecords(asOf: asOf, level: grouping.level, parkIds: parkIds.map(nesting.withNested))
        let boundaries = try store.parcelBoundaries(ids: records.filter { $0.boundary == nil }.map { $0.id })
        return (query, records, grouping.level.map { data.units(at: $0) } ?? [], boundaries, data)
    }

    /// Each group's boundary (EPSG:9210) by id: the units of the level, or the parks;
    /// nil for unit+park rows, which have no outline of their own.
    private func outlines(_ data: PlanningData) -> [String: Geometry]? {
        switch grouping {
        case .park: Dictionary(data.parks.map { ($0.id, $0.boundary) }, uniquingKeysWith: { a, _ in a })
        case .unit(let level): Dictionary(data.units(at: level).map { ($0.id, $0.boundary) }, uniquingKeysWith: { a, _ in a })
        case .unitAndPark: nil
        }
    }
}
