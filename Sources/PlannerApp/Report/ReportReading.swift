import Geo
import Planner
import PlannerPresentation

/// The quarterly report's figures and maps read lean from a store, so a city's million
/// parcels are reported without one whole ``Parcel`` in memory.
///
/// One read gives every parcel's record on the day, with its shares of the report's unit
/// level, its boundary and the pairs that overlap
/// (``ClearanceReading/clearanceRecordsOverlapsAndBoundaries(asOf:level:parkIds:)``). The
/// clearance by unit, by park and the overdue list (``ClearanceProgressReport``, the
/// queries of `parkplan clearance`), the park summaries and park maps, the works on land not
/// handed over and the parcel overlaps are all worked out from it; the overdue list reads
/// again only where its boards sit at another level. The trend takes each earlier quarter
/// end's statuses from the parcels' histories, read once
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
        let read = ClearanceProgressReport.ParcelRead(
            level: unitLevel, read: try store.clearanceRecordsOverlapsAndBoundaries(asOf: asOf, level: unitLevel, parkIds: nil))
        let (records, boundaries) = (read.read.records, read.read.boundaries)
        let parcels = ParcelClearanceRecord.withBoundaries(records, boundaries)

        let byUnit = try unitLevel.map { l in
            ResultTable.clearance(try ClearanceProgressReport(asOf: asOf, grouping: .unit(l)).progress(store, reusing: read), grouping: .unit(l))
        }
        let progress = try ClearanceProgressReport(asOf: asOf, grouping: .park).progress(store, reusing: read)
        let names = Dictionary(data.parks.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        let overdue = try ClearanceProgressReport(asOf: asOf).overdueParcels(store, reusing: read)
        let summaries = try ParkSummaryQuery(asOf: asOf).run(parks: data.parks, parcels: parcels)
        let parcelLayer = OverlapLayer(name: "parcels", features: parcels.map { .init(id: $0.record.id, geometry: $0.boundary) })
        let plans = try UtilityPlanningCheck(asOf: asOf).run(data, parcels: parcels)
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
        let maps = PlanningMaps(data: data, parcels: parcels, asOf: asOf, lang: lang)
        return (figures, maps)
    }
}
