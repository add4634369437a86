import Planner
import PlannerPresentation

/// The quarterly clearance and infrastructure report as one self-contained HTML page
/// (maps in EPSG:9210, charts and tables), from every layer of the store, read lean.
public struct QuarterlyReportPage: Sendable {
    /// The report date.
    public var asOf: LocalDate
    /// The language of the words and numbers.
    public var lang: ReportLanguage
    /// The utility whose gaps are hatched on the city map.
    public var utility: Utility
    /// Progress grouped by this unit level; `nil` for the data's first level.
    public var level: UnitLevel?
    /// The moment of the record the store is read at (`--as-recorded`), said in the header.
    public var asRecorded: RecordedTime?

    /// Creates the page.
    public init(asOf: LocalDate, lang: ReportLanguage = .vi, utility: Utility = .power, level: UnitLevel? = nil,
                asRecorded: RecordedTime? = nil) {
        self.asOf = asOf
        self.asRecorded = asRecorded
        self.lang = lang
        self.utility = utility
        self.level = level
    }

    /// The page's HTML, read lean (``ReportReading``): never every parcel in full, and
    /// park maps of more parcels than can be seen drawn as a grid
    /// (``PlanningMaps/maxParcelsDrawn``).
    /// - Throws: ``UnitLevelNotStored``; store and GEOS errors.
    public func html(_ store: any PlanningReading & ClearanceReading) throws -> String {
        let (figures, maps) = try ReportReading(asOf: asOf, level: level).read(store, lang: lang)
        return QuarterlyReport(asOf: asOf, lang: lang, utility: utility, unitLevel: level, asRecorded: asRecorded)
            .html(maps: maps, figures: figures)
    }
}
