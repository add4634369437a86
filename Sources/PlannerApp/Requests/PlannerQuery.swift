import Planner
import PlannerPresentation

/// The queries every front answers by name, with the CLI's options as parameters
/// (``QueryParameters``): `parkplan QUERY … --format json` and `GET /api/v1/QUERY?…` run
/// the same use case on the same values, so their JSON is the same bytes.
public enum PlannerQuery: String, CaseIterable, Sendable {
    case parks, clearance, gaps
    case utilityPlans = "utility-plans"
    case overlaps
    case parcelGaps = "parcel-gaps"
    case tasks

    /// The parameters the query takes (the CLI's options, dashes as underscores).
    public var parameters: [String] {
        switch self {
        case .parks, .utilityPlans: ["as_of", "as_recorded"]
        case .clearance: ["as_of", "as_recorded", "by", "park", "overdue"]
        case .gaps: ["as_of", "as_recorded", "utility", "park", "planned", "cleared_only"]
        case .overlaps: ["layer", "against", "land_use", "min_area"]
        case .parcelGaps: ["mode", "min_area", "park"]
        case .tasks: ["section"]
        }
    }

    /// The JSON document of ``answer(_:today:kept:store:)`` (`ResultTable.jsonDocument()`):
    /// for a clearance question `kept` keeps, the document it wrote after the last write,
    /// not written again per request.
    /// - Throws: as ``answer(_:today:kept:store:)``.
    public func document(_ parameters: QueryParameters, today: LocalDate = .today, kept: KeptClearanceTotals? = nil,
                         store open: (RecordedTime?) throws -> any PlanningStorage) throws -> String {
        if usesKeptTotals, let kept {
            // The checks in the order answer(…) makes them, so a bad parameter is named alike.
            try parameters.refuseUnknown(self.parameters)
            let asOf = try parameters.date("as_of") ?? today
            let moment = try parameters.moment("as_recorded")
            let report = try clearanceReport(parameters, asOf: asOf)
            let overdue = try parameters.flag("overdue")
            if !overdue, moment == nil, let text = try refusingLevel({ try kept.document(report, today: today, store: open(nil)) }) {
                return text
            }
        }
        return try answer(parameters, today: today, kept: kept, store: open).jsonDocument()
    }

    /// Whether the query may be answered from ``KeptClearanceTotals`` (clearance by unit
    /// or park as of today); no other query needs them brought up to date.
    public var usesKeptTotals: Bool { self == .clearance }

    /// The document `kept` has already written for this clearance question, without reading
    /// the store or waiting for a write (``KeptClearanceTotals/publishedDocument(_:today:)``),
    /// so a front may answer it where it must not block; `nil` for any other question, one
    /// whose totals are not built yet, or a parameter to refuse: ask ``document(_:today:kept:store:)``.
    public func keptDocument(_ parameters: QueryParameters, today: LocalDate = .today, kept: KeptClearanceTotals) -> String? {
        guard usesKeptTotals else { return nil }
        do {
            try parameters.refuseUnknown(self.parameters)
            let asOf = try parameters.date("as_of") ?? today
            guard try parameters.moment("as_recorded") == nil, try !parameters.flag("overdue") else { return nil }
            return kept.publishedDocument(try clearanceReport(parameters, asOf: asOf), today: today)
        } catch {
            return nil
        }
    }

    /// Runs the query's use case with `parameters` on the store `open` gives for a moment
    /// of the record (`nil`: now); returns the table every front writes. With `kept`, the
    /// clearance questions it keeps are answered from it (the same bytes, see
    /// ``KeptClearanceTotals``).
    /// - Throws: ``OptionRefusal`` for an unknown or bad parameter (nothing is read);
    ///   the use case's refusals (``UseCaseRefusal``) and store errors.
    public func answer(_ parameters: QueryParameters, today: LocalDate = .today, kept: KeptClearanceTotals? = nil,
                       store open: (RecordedTime?) throws -> any PlanningStorage) throws -> ResultTable {
        try parameters.refuseUnknown(self.parameters)
        let asOf = try parameters.date("as_of") ?? today
        let moment = try parameters.moment("as_recorded")
        switch self {
        case .parks:
            return try ParkSummaryReport(asOf: asOf).run(open(moment)).table
        case .clearance:
            let report = try clearanceReport(parameters, asOf: asOf)
            let overdue = try parameters.flag("overdue")
            let store = try open(moment)
            return try refusingLevel {
                if !overdue, moment == nil, let kept, let answer = try kept.answer(report, today: today, store: store) { return answer.table }
                return overdue ? try report.overdue(store).table : try report.run(store).table
            }
        case .gaps:
            let report = CoverageGapsReport(asOf: asOf, planned: try parameters.flag("planned"), clearedOnly: try parameters.flag("cleared_only"),
                                            parks: parameters.all("park"), utilities: try OptionText.utilities(parameters.single("utility") ?? "all"))
            return try report.run(open(moment)).table
        case .utilityPlans:
            return try UtilityPlansReport(asOf: asOf).run(open(moment)).table
        case .overlaps:
            guard let layer = try parameters.single("layer") else {
                throw OptionRefusal(parameter: "layer", "required: parks, parcels, zones or units:LEVEL")
            }
            let report = OverlapsReport(layer: layer, against: try parameters.single("against"),
                                        landUses: try parameters.single("land_use").map(OptionText.landUses),
                                        minAreaM2: try OptionText.minArea(parameters.number("min_area") ?? 0))
            return try report.run(open(nil)).table
        case .parcelGaps:
            let report = ParcelGapsReport(mode: try OptionText.gapMode(parameters.single("mode") ?? GapMode.enclosed.rawValue),
                                          minAreaM2: try OptionText.minArea(parameters.number("min_area") ?? 1), parks: parameters.all("park"))
            return try report.run(open(nil)).table
        case .tasks:
            return try TaskList(section: try parameters.single("section").map(OptionText.section)).run(open(nil)).table
        }
    }

    /// The clearance report `parameters` ask for (`by`, `park`) as of `asOf`.
    private func clearanceReport(_ parameters: QueryParameters, asOf: LocalDate) throws -> ClearanceProgressReport {
        ClearanceProgressReport(asOf: asOf, grouping: try parameters.single("by").map(OptionText.grouping) ?? .park, parks: parameters.all("park"))
    }

    /// Runs `body`, a level the store has no units of becoming a refusal of `by`.
    private func refusingLevel<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let refusal as UnitLevelNotStored {
            throw refusal.refusing(parameter: "by")
        }
    }
}
