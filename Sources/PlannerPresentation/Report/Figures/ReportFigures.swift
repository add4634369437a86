import Planner

/// Every figure in the quarterly report, computed by the planner's own queries and
/// turned into the same ``ResultTable``s that `parkplan clearance`, `gaps`, `parks`,
/// `overlaps` and `utility-plans` print with `--format json`, so the report cannot
/// disagree with them. Areas m² (EPSG:9210) unless a column says `_ha`.
public struct ReportFigures: Sendable {
    /// The report date.
    public let asOf: LocalDate
    /// The unit level of the unit table and bar chart; `nil` when the data has no units.
    public let unitLevel: UnitLevel?
    /// Clearance by unit of ``unitLevel`` (`parkplan clearance --by LEVEL`).
    public let byUnit: ResultTable?
    /// Clearance by park (`parkplan clearance --by park`), with totals and overdue parcels.
    public let byPark: ResultTable
    /// The overall totals (every parcel once, whole).
    public let totals: ClearanceProgressRow
    /// Parcels past their planned hand-over, most overdue first, with their commune and
    /// the unit whose board answers for them (``OverdueBoards``).
    public let overdue: [OverdueParcel]
    /// The park summary (`parkplan parks`).
    public let parks: ResultTable
    /// Coverage gaps of every park for every utility (`parkplan gaps --utility all`).
    public let gaps: [CoverageGap]
    /// ``gaps`` as a table.
    public let gapsTable: ResultTable
    /// Overlaps of at least ``overlapMinAreaM2``: park × park, park × rice and protected
    /// land (LUC, RPH, RDD), parcel × parcel.
    public let overlaps: ResultTable
    /// The overlap threshold, m².
    public let overlapMinAreaM2: Double
    /// Works planned on land not handed over, and parks lacking plans (`parkplan utility-plans`).
    public let utilityPlans: ResultTable
    /// Cleared area at each quarter end up to the report date.
    public let trend: [ClearanceTrend.Point]

    /// Runs the queries.
    /// - Parameters:
    ///   - unitLevel: the level grouped by; `nil` takes ``levelInForce(_:on:)``.
    ///   - threads: worker threads for the queries; `nil` uses every core.
    /// - Throws: ``GeoError`` when GEOS fails on a geometry.
    public init(_ data: PlanningData, asOf: LocalDate, unitLevel: UnitLevel? = nil, overlapMinAreaM2: Double = 100,
                threads: Int? = nil) throws {
        self.asOf = asOf
        self.overlapMinAreaM2 = overlapMinAreaM2
        let level = unitLevel ?? Self.levelInForce(data, on: asOf)
        self.unitLevel = level
        byUnit = try level.map { level in
            ResultTable.clearance(try ClearanceProgressQuery(asOf: asOf, grouping: .unit(level), threads: threads).run(data),
                                  grouping: .unit(level))
        }
        let progress = try ClearanceProgressQuery(asOf: asOf, grouping: .park, threads: threads).run(data)
        let names = Dictionary(data.parks.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        byPark = ResultTable.clearance(progress, grouping: .park, parkNames: names)
        totals = progress.totals
        overdue = try OverdueBoards.named(progress.overdue, in: data, asOf: asOf)
        parks = try ResultTable.parks(try ParkSummaryQuery(asOf: asOf).run(data), data: data, asOf: asOf)
        gaps = try CoverageGapQuery(asOf: asOf, threads: threads).run(data)
        gapsTable = ResultTable.coverage(gaps, asOf: asOf, planned: false)
        let query = OverlapQuery(minAreaM2: overlapMinAreaM2, threads: threads)
        let protectedLand: Set<LandUseCode> = [.riceLand, .protectedForest, LandUseCode(rawValue: "RDD")]
        let findings = try query.within(.parks(data.parks))
            + query.between(.parks(data.parks), .zones(data.zones, landUses: protectedLand))
            + query.within(.parcels(data.parcels))
        overlaps = ResultTable.overlaps(findings, minAreaM2: overlapMinAreaM2)
        utilityPlans = ResultTable.utilityPlans(try UtilityPlanningCheck(asOf: asOf, threads: threads).run(data), asOf: asOf)
        trend = try ClearanceTrend.quarterly(data, asOf: asOf, threads: threads)
    }

    /// The day districts were abolished and communes became the only level below the city.
    public static let communeReform = ResponsibleBoard.communeReform

    /// The unit level reported by on `day`: communes from 1 July 2025 and districts before,
    /// when the data has that level; otherwise its first level; `nil` with no units (the
    /// level GPMB boards sit at, ``ResponsibleBoard/level(on:among:)``).
    public static func levelInForce(_ data: PlanningData, on day: LocalDate) -> UnitLevel? {
        ResponsibleBoard.level(on: day, among: data.unitLevels)
    }
}
