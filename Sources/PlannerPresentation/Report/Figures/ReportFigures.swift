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
        parks = ResultTable.parks(try ParkSummaryQuery(asOf: asOf).run(data), data: data, asOf: asOf)
        gaps = try CoverageGapQuery(asOf: asOf, threads: threads).run(data)
        gapsTable = ResultTable.coverage(gaps, asOf: asOf, planned: false)
        overlaps = try Self.overlaps(parks: data.parks, zones: data.zones, parcels: .parcels(data.parcels),
                                     minAreaM2: overlapMinAreaM2, threads: threads)
        utilityPlans = ResultTable.utilityPlans(try UtilityPlanningCheck(asOf: asOf, threads: threads).run(data), asOf: asOf)
        trend = ClearanceTrend.quarterly(data, asOf: asOf)
    }

    /// Figures already worked out, each by the query named on its property (the lean reads
    /// of a store, for a city too large to hold in memory).
    public init(asOf: LocalDate, unitLevel: UnitLevel?, byUnit: ResultTable?, byPark: ResultTable, totals: ClearanceProgressRow,
                overdue: [OverdueParcel], parks: ResultTable, gaps: [CoverageGap], overlaps: ResultTable, overlapMinAreaM2: Double,
                utilityPlans: ResultTable, trend: [ClearanceTrend.Point]) {
        self.asOf = asOf
        self.unitLevel = unitLevel
        self.byUnit = byUnit
        self.byPark = byPark
        self.totals = totals
        self.overdue = overdue
        self.parks = parks
        self.gaps = gaps
        gapsTable = ResultTable.coverage(gaps, asOf: asOf, planned: false)
        self.overlaps = overlaps
        self.overlapMinAreaM2 = overlapMinAreaM2
        self.utilityPlans = utilityPlans
        self.trend = trend
    }

    /// The overlaps the report lists, of at least `minAreaM2`: park × park, park × rice and
    /// protected land (LUC, RPH, RDD) of `zones`, and within `parcels`.
    /// - Throws: ``GeoError`` when GEOS fails on a geometry.
    public static func overlaps(parks: [IndustrialPark], zones: [LandUseZone], parcels: OverlapLayer, minAreaM2: Double,
                                threads: Int? = nil) throws -> ResultTable {
        let query = OverlapQuery(minAreaM2: minAreaM2, threads: threads)
        let protectedLand: Set<LandUseCode> = [.riceLand, .protectedForest, LandUseCode(rawValue: "RDD")]
        let findings = try query.within(.parks(parks)) + query.between(.parks(parks), .zones(zones, landUses: protectedLand))
            + query.within(parcels)
        return ResultTable.overlaps(findings, minAreaM2: minAreaM2)
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
