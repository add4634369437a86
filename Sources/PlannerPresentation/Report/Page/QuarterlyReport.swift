import Planner

/// The quarterly clearance and infrastructure report as one self-contained HTML page:
/// inline CSS and SVG only (no script, no font, no network), readable on a laptop and
/// printable to A4. Maps are drawn from the geometries in EPSG:9210; every number comes
/// from ``ReportFigures`` (the planner's queries), so it equals what `parkplan clearance`
/// and `parkplan gaps` print with `--format json` for the same data and day.
public struct QuarterlyReport: Sendable {
    /// The report date (statuses and service are taken on it).
    public var asOf: LocalDate
    /// The language of the words and numbers.
    public var lang: ReportLanguage
    /// The utility whose gaps are hatched on the city map.
    public var utility: Utility
    /// The unit level of the progress by unit; `nil` takes ``ReportFigures/levelInForce(_:on:)``.
    public var unitLevel: UnitLevel?
    /// The smallest overlap listed, m².
    public var overlapMinAreaM2: Double
    /// Overdue parcels listed at most (the rest are counted in a note).
    public var overdueRowLimit: Int
    /// Worker threads for the queries; `nil` uses every core.
    public var threads: Int?
    /// The moment of the record the figures were read from (`--as-recorded`), said in the
    /// header; `nil`: the record as it stood when the page was made.
    public var asRecorded: RecordedTime?

    /// Creates the report's settings.
    public init(asOf: LocalDate, lang: ReportLanguage = .vi, utility: Utility = .power, unitLevel: UnitLevel? = nil,
                overlapMinAreaM2: Double = 100, overdueRowLimit: Int = 40, threads: Int? = nil, asRecorded: RecordedTime? = nil) {
        self.asOf = asOf
        self.lang = lang
        self.utility = utility
        self.unitLevel = unitLevel
        self.overlapMinAreaM2 = overlapMinAreaM2
        self.overdueRowLimit = overdueRowLimit
        self.threads = threads
        self.asRecorded = asRecorded
    }

    /// The figures this report shows for `data`.
    /// - Throws: ``GeoError`` when a query fails.
    public func figures(_ data: PlanningData) throws -> ReportFigures {
        try ReportFigures(data, asOf: asOf, unitLevel: unitLevel, overlapMinAreaM2: overlapMinAreaM2, threads: threads)
    }

    /// The whole HTML document.
    /// - Throws: ``GeoError`` when a query fails.
    public func html(_ data: PlanningData) throws -> String {
        html(data, figures: try figures(data))
    }

    /// The whole HTML document from figures already computed for `data`.
    public func html(_ data: PlanningData, figures f: ReportFigures) -> String {
        html(maps: PlanningMaps(data: data, asOf: asOf, lang: lang), figures: f)
    }

    /// The whole HTML document from figures already computed, with `maps` drawing the
    /// layers (its data's parks, units and works; its ``PlanningMaps/parkParcels``): what a
    /// city too large to hold in memory is drawn from, its parcels read lean.
    public func html(maps: PlanningMaps, figures f: ReportFigures) -> String {
        let t = ReportText(lang), data = maps.data
        var body = header(f, t)
        body += "<h2 class=\"first\">\(HTMLText.escape(t(.cityMap)))</h2>" + cityMap(maps, f, t)
        body += "<h2>\(HTMLText.escape(t(.progress)))</h2>" + unitChart(f, t) + trendChart(f, t)
        body += "<h2>\(HTMLText.escape(t(.parkMaps)))</h2>" + parkSections(maps, f, t)
        body += "<h2>\(HTMLText.escape(t(.tables)))</h2>" + tables(data, f, t)
        body += "<footer>\(HTMLText.escape(t(.generated)))</footer>"
        let title = "\(t(.title)) — \(t.quarter(asOf))"
        return "<!DOCTYPE html><html lang=\"\(lang.rawValue)\"><head><meta charset=\"utf-8\">"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            + "<title>\(HTMLText.escape(title))</title><style>\(ReportStyleSheet.css)</style></head>"
            + "<body><main>\(body)</main></body></html>\n"
    }
}
