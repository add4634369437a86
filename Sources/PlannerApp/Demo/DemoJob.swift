import Foundation
import Planner
import PlannerPresentation
import PlannerStore

/// The main job: builds a store from the shipped data, runs every query and writes
/// GeoJSON (RFC 7946), CSV/JSON tables and a GeoPackage of the results (EPSG:9210).
public struct DemoJob: Sendable {
    /// The folder with the shipped data (`geodata/`).
    public let geodata: String
    /// The folder the outputs are written to (its store is rebuilt).
    public let output: String
    /// The report date.
    public let asOf: LocalDate

    /// Creates the job.
    public init(geodata: String, output: String, asOf: LocalDate) {
        self.geodata = geodata
        self.output = output
        self.asOf = asOf
    }

    /// The parks the city's plans put first.
    public static let missionParks = ["an-hoa", "xuan-cau", "nam-trang-cat", "tien-thanh", "kkt-ven-bien-phia-nam"]

    /// The last day of the last quarter that ended before `day` (reports are due by the 10th after).
    public static func lastQuarterEnd(before day: LocalDate) -> LocalDate {
        let start = day.startOfQuarter
        return LocalDate(year: start.month == 1 ? start.year - 1 : start.year, month: start.month == 1 ? 12 : start.month - 1,
                         day: start.month == 1 ? 31 : LocalDate.daysIn(month: start.month - 1, year: start.year))!
    }

    /// The path of an output file.
    func path(_ name: String) -> String { output + "/" + name }

    /// Runs the job: `progress` hears each step of the import, `say` each line of the summary.
    /// - Throws: import, store, GEOS and write errors.
    public func run(progress: (String) -> Void = { _ in }, _ say: (String) -> Void) throws {
        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        let storePath = path("parkplan.gpkg")
        for suffix in ["", "-journal", ".results"] { try? FileManager.default.removeItem(atPath: storePath + suffix) }
        try? FileManager.default.removeItem(atPath: path("results.gpkg"))

        say("ParkPlanner demo: shipped data in \(geodata)/, report date \(asOf) (\(asOf.quarterLabel))")
        let store = try PlanningStores.create(at: storePath)
        let reports = try ShippedData.importAll(from: geodata, into: store, progress: progress)
        for (r, entry) in zip(reports, ShippedData.files) {
            say("  imported \(r.count) \(r.layer)\(entry.level.map { " (\($0))" } ?? "") from \(r.file)")
        }
        let data = try store.everything(activeOn: asOf)
        var outputs: [String] = []

        // Parks and their clearance.
        let summaries = try ParkSummaryQuery(asOf: asOf).run(data)
        let parks = ResultTable.parks(summaries, data: data, asOf: asOf)
        say("\nParks (mission parks first), as of \(asOf):")
        say(ordered(parks).text(columns: ["park", "name", "approved_ha", "mapped_ha", "parcels", "cleared_percent", "occupancy_percent"]))
        try write(parks, "parks", &outputs)

        for level in data.unitLevels {
            let progress = try ClearanceProgressQuery(asOf: asOf, grouping: .unit(level)).run(data)
            let table = ResultTable.clearance(progress, grouping: .unit(level))
            say("\nClearance by \(level), as of \(asOf):")
            say(table.text(columns: ["unit", "unit_name", "parcels", "households", "total_m2", "cleared_m2", "percent"]))
            try writeTable(table, "clearance_by_\(level)", &outputs)
        }
        let byPark = try ClearanceProgressQuery(asOf: asOf, grouping: .park).run(data)
        say(String(format: "Total: %.2f ha of parcels, %.2f ha handed over (%.1f %%); %d parcels overdue",
                   byPark.totals.areaM2 / 10_000, byPark.totals.clearedAreaM2 / 10_000, byPark.totals.percentCleared, byPark.totals.overdueParcels))
        try writeTable(ResultTable.clearance(byPark, grouping: .park, parkNames: Dictionary(uniqueKeysWithValues: data.parks.map { ($0.id, $0.name) })),
                       "clearance_by_park", &outputs)
        // The overdue parcels, each with its commune and the board responsible (the list is its own question).
        let overdue = try ClearanceProgressReport(asOf: asOf).overdue(store)
        try write(overdue.table, "clearance_overdue", &outputs)

        // Utility coverage.
        let gaps = try CoverageGapQuery(asOf: asOf, parkIds: Self.missionParks.filter { data.park(id: $0) != nil }).run(data)
        let gapTable = ResultTable.coverage(gaps, asOf: asOf, planned: false)
        say("\nUtility coverage gaps of the mission parks, as of \(asOf):")
        say(gapTable.text(columns: ["park", "utility", "park_m2", "covered_m2", "gap_m2", "gap_share"]))
        try write(gapTable, "coverage_gaps", &outputs)
        let plans = try UtilityPlanningCheck(asOf: asOf).run(data)
        say("\(plans.missing.count) park/utility pairs with no plan or work: "
            + plans.missing.map { "\($0.parkId) (\($0.utility.rawValue))" }.joined(separator: ", "))
        say("\(plans.conflicts.count) works planned on land not yet handed over: " + plans.conflicts.map(\.workId).joined(separator: ", "))
        let late = Dictionary(grouping: plans.delays, by: \.workId)
        say("\(plans.delays.count) parcels handed over (or planned) after their work is due in service: "
            + late.keys.sorted().map { "\($0) (\(late[$0]!.count), up to \(late[$0]!.compactMap(\.delayDays).max() ?? 0) days)" }
                .joined(separator: ", "))
        try write(ResultTable.utilityPlans(plans, asOf: asOf, outlines: UtilityPlansReport.outlines(plans, data) { data.parcel(id: $0)?.boundary }), "utility_plans", &outputs)

        // Overlaps.
        let parkOverlaps = try OverlapQuery(minAreaM2: 1).within(.parks(data.parks))
        let protected = try OverlapQuery(minAreaM2: 100).between(.parks(data.parks),
                                                                 .zones(data.zones, landUses: [.riceLand, .protectedForest, LandUseCode(rawValue: "RDD")]))
        let parcelOverlaps = try OverlapQuery(minAreaM2: 1).within(.parcels(data.parcels))
        say("\nOverlaps: \(parkOverlaps.count) park × park (incl. parks inside economic zones), "
            + "\(protected.count) park × rice/protected land, \(parcelOverlaps.count) parcel × parcel above 1 m²")
        for f in parkOverlaps where f.shareOfA < 0.999 && f.shareOfB < 0.999 {
            say(String(format: "  accidental overlap: %@ × %@, %.2f ha", f.a, f.b, f.areaHa))
        }
        try write(ResultTable.overlaps(parkOverlaps, minAreaM2: 1), "overlaps_parks", &outputs)
        try write(ResultTable.overlaps(protected, minAreaM2: 100), "overlaps_parks_protected_land", &outputs)
        try write(ResultTable.overlaps(parcelOverlaps, minAreaM2: 1), "overlaps_parcels", &outputs)

        // Layers for the map.
        let sink = try ExportSink(path: path("parcels.geojson"))
        try GeoJSONExporter().write(data.parcels.map { ExportFeature.parcel($0, asOf: asOf) }, to: sink, name: "parcels")
        try sink.close()
        outputs.append(path("parcels.geojson"))
        try QuarterlyReport(asOf: asOf).html(data).write(toFile: path("report.html"), atomically: true, encoding: .utf8)
        outputs.append(path("report.html"))

        say("\nWrote (GeoJSON opens in geojson.io, QGIS, Leaflet and kepler.gl; results.gpkg in QGIS):")
        for o in outputs + [path("results.gpkg"), storePath] { say("  \(o)") }
    }
}
