import Geo
import Planner
import PlannerPresentation

/// Parks with no plan task or work for a utility, and works planned on land not yet
/// handed over, as of a day.
public struct UtilityPlansReport: Sendable {
    /// The day statuses and works are taken on.
    public var asOf: LocalDate

    /// Creates the report.
    public init(asOf: LocalDate) { self.asOf = asOf }

    /// The missing plans and the scheduling conflicts; in the table every row is a
    /// feature (``UtilityPlanOutlines``: the park, the late parcel, the work).
    ///
    /// Reads lean: the parks, works and tasks, then one ``ParcelClearanceRecord`` per parcel
    /// active on the day with its boundary (``ClearanceReading/clearanceRecordsAndBoundaries(asOf:level:parkIds:)``),
    /// never whole parcels with their ledgers and attributes.
    /// - Throws: store and GEOS errors.
    public func run(_ store: any PlanningReading & ClearanceReading) throws -> Answer<UtilityPlanningReport> {
        let data = PlanningData(parks: try store.parks(), works: try store.works(), tasks: try store.tasks())
        let (records, boundaries) = try store.clearanceRecordsAndBoundaries(asOf: asOf, level: nil, parkIds: nil)
        let report = try UtilityPlanningCheck(asOf: asOf).run(data, parcels: ParcelClearanceRecord.withBoundaries(records, boundaries))
        return Answer(result: report, table: .utilityPlans(report, asOf: asOf, outlines: Self.outlines(report, data) { boundaries[$0] }))
    }

    /// The geometries the report's rows name: parks without a plan, late parcels (`boundary`
    /// of a parcel id), works on uncleared land (EPSG:9210).
    static func outlines(_ report: UtilityPlanningReport, _ data: PlanningData, boundary: (String) -> Geometry?) -> UtilityPlanOutlines {
        let parks = Set(report.missing.map(\.parkId)), parcels = Set(report.delays.map(\.parcelId))
        let works = Set(report.conflicts.map(\.workId))
        return UtilityPlanOutlines(
            parks: Dictionary(data.parks.filter { parks.contains($0.id) }.map { ($0.id, $0.boundary) }, uniquingKeysWith: { a, _ in a }),
            parcels: Dictionary(uniqueKeysWithValues: parcels.compactMap { id in boundary(id).map { (id, $0) } }),
            works: Dictionary(data.works.filter { works.contains($0.id) }.map { ($0.id, $0.footprint) }, uniquingKeysWith: { a, _ in a }))
    }
}
