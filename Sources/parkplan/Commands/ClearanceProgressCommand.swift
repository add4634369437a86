import ArgumentParser
import Geo
import Planner
import PlannerPresentation
import PlannerStore

/// `parkplan clearance progress` (the default of `parkplan clearance`): cleared land per
/// administrative unit and/or park as of a date, and overdue parcels.
struct ClearanceProgressCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "progress",
        abstract: "Clearance progress by unit (district, commune, …) or park, as of a date.")

    @Option(help: "Group by a unit level (district, commune, …), park, or LEVEL+park.")
    var by: String = "park"

    @Option(help: "Only these parks (id or name; repeatable).")
    var park: [String] = []

    @Flag(help: "List the overdue parcels (planned hand-over passed, not handed over) instead.")
    var overdue = false

    @OptionGroup var asOf: AsOfOption
    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var outputOptions: OutputOptions

    func run() throws {
        try reportingFailures {
            let progressLine = ProgressLine.shared
            progressLine.step("loading \(storeOptions.store)")
            let store = try storeOptions.open()
            let data = PlanningData(parks: try store.parks(), units: try store.units())
            let grouping: ClearanceGrouping
            if by == "park" { grouping = .park } else {
                let levelName = by.hasSuffix("+park") ? String(by.dropLast(5)) : by
                let level = UnitLevel(rawValue: levelName)
                guard data.unitLevels.contains(level) else {
                    // A usage error (exit 64, as argument errors), though only the store can tell.
                    Terminal.error("error: --by: no units of level '\(levelName)'; group by park or one of: "
                                   + data.unitLevels.map(\.rawValue).joined(separator: ", "))
                    throw ExitCode.validationFailure
                }
                grouping = by.hasSuffix("+park") ? .unitAndPark(level) : .unit(level)
            }
            let parkIds = try ParkResolver.ids(park, in: data).map(Set.init)
            let query = ClearanceProgressQuery(asOf: asOf.date, grouping: grouping, parkIds: parkIds)
            let records = try store.clearanceRecords(asOf: asOf.date, level: grouping.level, parkIds: parkIds)
            progressLine.step("computing")
            let progress = try query.run(records, units: grouping.level.map { data.units(at: $0) } ?? [])
            let names = Dictionary(uniqueKeysWithValues: data.parks.map { ($0.id, $0.name) })
            let result = ResultTable.clearance(progress, grouping: grouping, parkNames: names,
                                               outlines: Self.outlines(grouping, data: data))
            let t = progress.totals
            if overdue {
                let outlines = try Self.overdueOutlines(progress.overdue, store: store, data: data)
                try outputOptions.emit(.overdue(progress.overdue, asOf: asOf.date, data: outlines),
                                       footer: "\(progress.overdue.count) parcels overdue as of \(asOf.date)")
                return
            }
            try outputOptions.emit(result,
                                   tableColumns: ["unit", "unit_name", "park", "parcels", "households", "total_m2", "cleared_m2", "percent"],
                                   footer: "total: \(NumberText.format(t.areaM2 / 10_000, decimals: 2)) ha, "
                                       + "\(NumberText.format(t.clearedAreaM2 / 10_000, decimals: 2)) ha cleared "
                                       + "(\(NumberText.format(t.percentCleared, decimals: 1)) %) as of \(asOf.date); "
                                       + "\(progress.overdue.count) parcels overdue")
        }
    }

    /// Each group's boundary (EPSG:9210) by id: the units of the level, or the parks;
    /// nil for unit+park rows, which have no outline of their own.
    static func outlines(_ grouping: ClearanceGrouping, data: PlanningData) -> [String: Geometry]? {
        switch grouping {
        case .park: Dictionary(data.parks.map { ($0.id, $0.boundary) }, uniquingKeysWith: { a, _ in a })
        case .unit(let level): Dictionary(data.units(at: level).map { ($0.id, $0.boundary) }, uniquingKeysWith: { a, _ in a })
        case .unitAndPark: nil
        }
    }

    /// The layers the overdue list draws from: the parks and units of `data`, and the
    /// overdue parcels with only their id, park and boundary (the list's geometry).
    static func overdueOutlines(_ overdue: [OverdueParcel], store: PlanningStore, data: PlanningData) throws -> PlanningData {
        let boundaries = try store.parcelBoundaries(ids: overdue.map(\.parcelId))
        let parcels = overdue.compactMap { o in
            boundaries[o.parcelId].map { Parcel(id: o.parcelId, parkId: o.parkId, landUse: LandUseCode(rawValue: ""), boundary: $0) }
        }
        return PlanningData(parks: data.parks, parcels: parcels, units: data.units)
    }
}
