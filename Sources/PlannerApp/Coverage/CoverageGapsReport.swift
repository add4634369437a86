import Planner

/// Coverage gaps: park land (or only its handed-over land) that no power, water or
/// telecom service reaches as of a day. Areas m² (EPSG:9210).
///
/// Reads the parks and works only; the parcels too when only handed-over land counts.
public struct CoverageGapsReport: Sendable {
    /// The day works are taken on.
    public var asOf: LocalDate
    /// Count works planned to serve by the day, not only those operational.
    public var planned: Bool
    /// Only the park land handed over by the day.
    public var clearedOnly: Bool
    /// Only these parks (ids or names); empty for every park.
    public var parks: [String]
    /// The utilities asked about.
    public var utilities: [Utility]

    /// Creates the report.
    public init(asOf: LocalDate, planned: Bool = false, clearedOnly: Bool = false, parks: [String] = [],
                utilities: [Utility] = Utility.allCases) {
        self.asOf = asOf
        self.planned = planned
        self.clearedOnly = clearedOnly
        self.parks = parks
        self.utilities = utilities
    }

    /// One gap per park and utility.
    /// - Throws: ``ParkLookupError``; store and GEOS errors.
    public func run(_ store: any PlanningReading) throws -> Answer<[CoverageGap]> {
        let data = PlanningData(parks: try store.parks(), parcels: clearedOnly ? try store.parcels().filter { $0.isActive(on: asOf) } : [], works: try store.works())
        let gaps = try CoverageGapQuery(asOf: asOf, planned: planned, clearedOnly: clearedOnly,
                                        parkIds: ParkResolver.ids(parks, in: data.parks), utilities: utilities).run(data)
        return Answer(result: gaps, table: .coverage(gaps, asOf: asOf, planned: planned))
    }
}
