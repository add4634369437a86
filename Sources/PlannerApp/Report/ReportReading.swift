import Geo
import Planner
import PlannerPresentation

/// The quarterly report's figures and maps read lean from a store, so a city's million
/// parcels are reported without one whole ``Parcel`` in memory.
///
/// One read gives every parcel's record on the day with its boundary (EPSG:9210): the park
/// summaries and park maps, the works on land not handed over and the parcel overlaps are
/// worked out from it. Clearance by unit, by park and the overdue list are the
/// ``ClearanceProgressReport`` reads `parkplan clearance` makes; the trend takes each
/// earlier quarter end's statuses from the parcels' histories, read once
/// (``ClearanceReading/clearanceHistories()``). Every figure comes from the query the
/// full-memory ``ReportFigures/init(_:asOf:unitLevel:overlapMinAreaM2:threads:)`` runs,
/// over the same parcels (those active on the report date) in the same order, so the page
/// is the same.
struct ReportReading: Sendable {
    /// The report date.
    var asOf: LocalDate
    /// The unit level of progress by unit; `nil` for the level in force.
    var level: UnitLevel?
    /// The smallest overlap listed, m².
    var overlapMinAreaM2: Double = 100

    /// The figures and the maps' layers.
    /// - Throws: ``UnitLevelNotStored``; store and GEOS errors.
    func read(_ store: any PlanningReading & ClearanceReading, lang: ReportLanguage) throws -> (figures: ReportFigures, maps: PlanningMaps) {
        let data = PlanningData(parks: try store.parks(), units: try store.units(level: nil), zones: try store.zones(),
                                works: try store.works(), tasks: try store.tasks())
        if let level { try UnitLevelNotStored.check(level, in: data.unitLevels) }
        let unitLevel = level ?? ReportFigures.levelInForce(data, on: asOf)
        let (records, boundaries) = try parcels(store)

        let byUnit = try unitLevel.map { l in
            ResultTable.clearance(try ClearanceProgressReport(asOf: asOf, grouping: .unit(l)).run(store).result, grouping: .unit(l))
        }
        let progress = try ClearanceProgressReport(asOf: asOf, grouping: .park).run(store).result
        let names = Dictionary(data.parks.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        let overdue = try ClearanceProgressReport(asOf: asOf).overdueParcels(store)
        let summaries = try ParkSummaryQuery(asOf: asOf).run(parks: data.parks, records: records, boundaries: boundaries)
        let parcelLayer = OverlapLayer(name: "parcels", features: records.map { .init(id: $0.id, geometry: boundaries[$0.id] ?? .empty) })
        let plans = try UtilityPlanningCheck(asOf: asOf).run(data, records: records, boundaries: boundaries)
        let histories = try store.clearanceHistories()
        let trend = ClearanceTrend.quarterly(records, asOf: asOf) { histories[records[$0].id] }
        let figures = ReportFigures(
            asOf: asOf, unitLevel: unitLevel, byUnit: byUnit,
            byPark: ResultTable.clearance(progress, grouping: .park, parkNames: names), totals: progress.totals, overdue: overdue,
            parks: ResultTable.parks(summaries, data: PlanningData(parks: data.parks), asOf: asOf),
            gaps: try CoverageGapQuery(asOf: asOf).run(data),
            overlaps: try ReportFigures.overlaps(parks: data.parks, zones: data.zones, parcels: parcelLayer, minAreaM2: overlapMinAreaM2),
            overlapMinAreaM2: overlapMinAreaM2,
            utilityPlans: ResultTable.utilityPlans(plans, asOf: asOf), trend: trend)
        let maps = PlanningMaps(data: data, parcels: records.map { ($0, boundaries[$0.id] ?? .empty) }, asOf: asOf, lang: lang)
        return (figures, maps)
    }

    /// Every parcel's record on ``asOf`` (parcel id order) and every boundary by id, those a
    /// record carries included.
    private func parcels(_ store: any ClearanceReading) throws -> (records: [ParcelClearanceRecord], boundaries: [String: Geometry]) {
        var (records, boundaries) = try store.clearanceRecordsAndBoundaries(asOf: asOf, level: nil, parkIds: nil)
        for i in records.indices where records[i].boundary != nil {
            boundaries[records[i].id] = records[i].boundary
            records[i].boundary = nil
        }
        return (records, boundaries)
    }
}
