import Foundation
import Planner
import PlannerApp
import PlannerPresentation
import Testing
import TestSupport

/// `parkplan report` reads lean (issue 16): the page the store gives without one whole
/// parcel is byte for byte the page drawn from every layer in memory, and a park map holding
/// more parcels than can be seen is a grid, so the page does not grow with the city.
@Suite struct LeanReportTests {
    /// The page drawn from every layer in memory, as the report always was.
    static func inFull(_ store: any PlanningStorage, asOf: LocalDate, lang: ReportLanguage) throws -> String {
        try QuarterlyReport(asOf: asOf, lang: lang).html(try store.everything(activeOn: asOf))
    }

    @Test(arguments: [ReportLanguage.vi, .en])
    func shippedDataSameBytesWithoutWholeParcels(lang: ReportLanguage) throws {
        let store = try ShippedStore.open()
        for day in ["2025-12-31", "2026-09-30"].map({ try! LocalDate(iso: $0) }) {
            let reading = LeanReadTests.NoWholeParcels(store)
            let lean = try QuarterlyReportPage(asOf: day, lang: lang).html(reading)
            #expect(lean == (try Self.inFull(store, asOf: day, lang: lang)), "as of \(day)")
            #expect(lean.contains("<section class=\"park\""))
            // Communes report and communes' boards answer since 1 July 2025: the sums by unit,
            // by park, the overdue list, the summaries and the maps come from one read.
            #expect(reading.parcelReads == 1, "as of \(day)")
        }
    }

    /// `parkplan map` reads lean too: every subject, over the city and over one park, the
    /// same picture as drawn from every layer in memory.
    @Test(arguments: MapSubject.allCases)
    func everyMapSameBytesWithoutWholeParcels(subject: MapSubject) throws {
        let store = try ShippedStore.open()
        let day = try LocalDate(iso: "2025-12-31")
        let data = try store.everything(activeOn: day)
        for park in [nil, "an-hoa"] as [String?] {
            let lean = try MapPicture(subject: subject, utility: .water, park: park, width: 800, lang: .en, asOf: day)
                .svgDocument(LeanReadTests.NoWholeParcels(store))
            let full = try PlanningMaps(data: data, asOf: day, lang: .en).map(subject, utility: .water, parkId: park, width: 800)
            #expect(lean == "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + full.svg(standalone: true) + "\n", "\(subject), park \(park ?? "-")")
        }
    }

    /// 20 000 parcels with a history (retired parcels, corrections, voids): the same page,
    /// a trend of several quarters, and the parks past ``PlanningMaps/maxParcelsDrawn``
    /// drawn as grids.
    @Test func generatedCitySameBytesAndGridsPastTheLimit() throws {
        let path = try Scratch.folder("parkplan-report").appendingPathComponent("city.gpkg").path
        let count = try GeneratedCity.build(at: path, parcels: 20_000)
        let store = try PlanningStores.open(at: path)
        let day = try LocalDate(iso: "2026-09-30")
        let lean = LeanReadTests.NoWholeParcels(store)
        let page = try QuarterlyReportPage(asOf: day, lang: .en).html(lean)
        let data = try store.everything(activeOn: day)
        #expect(page == (try QuarterlyReport(asOf: day, lang: .en).html(data)))
        #expect(ClearanceTrend.quarterly(data, asOf: day).count > 3, "the history spans several quarters")
        #expect(data.parcels.count < (try store.parcels().count), "some parcels were retired before the day")

        #expect(lean.parcelReads <= 3, "one read for the figures and maps, the overdue list's at most twice more")

        // The store's one read (its kept pairs) is the records and every boundary with the
        // pairs found among them, which a store keeping no pairs answers.
        for level in [nil, UnitLevel.commune] {
            let kept = try store.clearanceRecordsOverlapsAndBoundaries(asOf: day, level: level, parkIds: nil)
            let found = try store.clearanceRecordsFindingOverlaps(asOf: day, level: level, parkIds: nil)
            #expect(kept.records == found.records && kept.boundaries == found.boundaries, "\(level?.rawValue ?? "no level")")
            // Kept pairs may name parcels not read on the day (retired since): the query drops those.
            let read = Set(kept.records.map(\.id))
            let current = kept.overlaps.filter { read.contains($0.a) && read.contains($0.b) }
            #expect(Set(current) == Set(found.overlaps) && !current.isEmpty, "\(level?.rawValue ?? "no level")")
        }

        let records = try store.clearanceRecords(asOf: day, level: nil, parkIds: nil)
        let perPark = Dictionary(grouping: records.compactMap(\.parkId), by: { $0 }).mapValues(\.count)
        let crowded = perPark.filter { $0.value > PlanningMaps.maxParcelsDrawn }
        #expect(count > 19_000 && !crowded.isEmpty, "\(perPark)")
        for (park, n) in crowded {
            let section = try #require(page.components(separatedBy: "data-park=\"\(park)\"").dropFirst().first)
            let parkMap = section.components(separatedBy: "</figure>")[0]
            #expect(parkMap.contains("shape-rendering=\"crispEdges\""), "\(park): \(n) parcels")
            #expect(!parkMap.contains("<title>GC-"), "\(park): no parcel drawn by itself")
        }
        #expect(page.contains("<title>GC-"), "parks under the limit still draw their parcels")
        #expect(page.utf8.count < 5_000_000, "\(page.utf8.count) bytes")
        let cityMap = try MapPicture(subject: .parcels, width: 1000, lang: .en, asOf: day).svgDocument(lean)
        #expect(cityMap.contains("crispEdges") && !cityMap.contains("<title>GC-"), "\(records.count) parcels over the city are a grid")
        #expect(cityMap.utf8.count < 1_000_000, "\(cityMap.utf8.count) bytes")

        // The trend's plain totals are the query's totals with overlaps not counted twice, bit
        // for bit, and the one pass over every day gives each day's.
        let days = ["2024-12-31", "2025-09-30", "2026-09-30"].map { try! LocalDate(iso: $0) }
        let onRecords = data.parcels.map { ParcelClearanceRecord($0, asOf: day, level: nil) }
        let inOnePass = ClearanceProgressQuery(asOf: day, grouping: .park).plainTotals(onRecords, on: days) { data.parcels[$0].clearance }
        for (k, d) in days.enumerated() {
            var query = ClearanceProgressQuery(asOf: d, grouping: .park)
            query.countsOverlaps = false
            let dayRecords = data.parcels.map { ParcelClearanceRecord($0, asOf: d, level: nil) }
            let plain = query.plainTotals(dayRecords)
            #expect(plain == (try query.run(dayRecords, units: []).totals), "as of \(d)")
            #expect(inOnePass[k] == plain, "as of \(d)")
            #expect(plain.clearedAreaM2 > 0)
        }
        #expect(inOnePass[0].clearedAreaM2 < inOnePass[2].clearedAreaM2)

        // The record as it stood at a moment (`report --as-recorded`): the histories the trend
        // reads are those of that moment too.
        let then = try PlanningStores.open(at: path, asRecorded: GeneratedCity.moments[1])
        let earlier = try LocalDate(iso: "2025-12-31")
        let pageThen = try QuarterlyReportPage(asOf: earlier, lang: .vi).html(LeanReadTests.NoWholeParcels(then))
        #expect(pageThen == (try Self.inFull(then, asOf: earlier, lang: .vi)))
        #expect(pageThen != (try QuarterlyReportPage(asOf: earlier, lang: .vi).html(store)), "entries recorded since change the page")
    }
}
