import Foundation
import Planner
import Testing
@testable import PlannerPresentation

/// The report's tables hold the numbers of the queries' JSON contract, written in the
/// report's language.
@Suite struct ReportConsistencyTests {
    let data: PlanningData
    let asOf = ShippedData.asOf

    init() throws { data = try ShippedData.loaded.get() }

    func f(_ v: Double, _ decimals: Int, _ lang: ReportLanguage) -> String { NumberText.format(v, decimals: decimals, lang: lang) }

    @Test(arguments: ReportLanguage.allCases)
    func theUnitTableEqualsClearanceByDistrictJSON(lang: ReportLanguage) throws {
        let json = try ReportFixtures.parsed(.clearance(ClearanceProgressQuery(asOf: asOf, grouping: .unit(.district)).run(data),
                                                        grouping: .unit(.district)))
        let rows = json["rows"] as! [[String: Any]]
        let html = HTMLRows.rows(try ReportFixtures.report(lang), after: ReportText(lang)(.unitsTable))
        #expect(rows.count > 3)
        #expect(html.count == rows.count + 1)   // and the totals row
        let ids = rows.map { $0["unit"] as! String == "(none)" ? "none" : $0["unit"] as! String } + ["totals"]
        for (id, r) in zip(ids, rows + [json["totals"] as! [String: Any]]) {
            let cells = try #require(html[id], "row \(id)")
            #expect(cells[2] == f(ReportFixtures.number(r["parcels"]), 0, lang))   // parcels touching: a whole count
            #expect(cells[3] == f(ReportFixtures.number(r["households"]), 0, lang))
            #expect(cells[4] == f(ReportFixtures.number(r["total_m2"]) / 10_000, 2, lang))
            #expect(cells[5] == f(ReportFixtures.number(r["cleared_ha"]), 2, lang))
            #expect(cells[6] == f(ReportFixtures.number(r["percent"]), 1, lang))
        }
    }

    @Test(arguments: ReportLanguage.allCases)
    func theParksTableEqualsClearanceByParkJSON(lang: ReportLanguage) throws {
        let json = try ReportFixtures.parsed(.clearance(ClearanceProgressQuery(asOf: asOf, grouping: .park).run(data), grouping: .park))
        let html = HTMLRows.rows(try ReportFixtures.report(lang), after: ReportText(lang)(.parksTable))
        #expect(html.count == data.parks.count + 1)
        for r in json["rows"] as! [[String: Any]] {
            let cells = try #require(html[r["park"] as! String])
            #expect(cells[0] == data.park(id: r["park"] as! String)!.name)
            #expect(cells[4] == f(ReportFixtures.number(r["total_m2"]) / 10_000, 2, lang))
            #expect(cells[5] == f(ReportFixtures.number(r["cleared_ha"]), 2, lang))
            #expect(cells[6] == f(ReportFixtures.number(r["percent"]), 1, lang))
        }
        let totals = json["totals"] as! [String: Any]
        #expect(try ReportFixtures.report(lang).contains("<b>\(f(ReportFixtures.number(totals["cleared_m2"]) / 10_000, 2, lang)) ha</b>"))
    }

    @Test(arguments: ReportLanguage.allCases)
    func theGapsTableEqualsGapsJSON(lang: ReportLanguage) throws {
        let json = try ReportFixtures.parsed(.coverage(CoverageGapQuery(asOf: asOf).run(data), asOf: asOf, planned: false))
        let rows = json["rows"] as! [[String: Any]]
        let html = HTMLRows.rows(try ReportFixtures.report(lang), after: ReportText(lang)(.gapsTable))
        #expect(rows.count == data.parks.count * 3 && html.count == rows.count)
        for r in rows {
            let cells = try #require(html["\(r["park"] as! String):\(r["utility"] as! String)"])
            #expect(cells[2] == f(ReportFixtures.number(r["park_m2"]) / 10_000, 2, lang))
            #expect(cells[3] == f(ReportFixtures.number(r["gap_ha"]), 2, lang))
            #expect(cells[4] == f(ReportFixtures.number(r["gap_share"]) * 100, 1, lang))
        }
    }

    @Test func theTrendEndsAtTheReportDateWithTheClearanceTotal() throws {
        let trend = ClearanceTrend.quarterly(data, asOf: asOf)
        let totals = try ClearanceProgressQuery(asOf: asOf, grouping: .park).run(data).totals
        #expect(trend.last?.date == asOf && trend.last?.clearedAreaM2 == totals.clearedAreaM2)
        #expect(trend.dropLast().allSatisfy { $0.date == $0.date.endOfQuarter && $0.date < asOf })
        #expect(zip(trend, trend.dropFirst()).allSatisfy { ClearanceTrend.nextQuarterEnd(after: $0.date) == $1.date || $1.date == asOf })
        let first = data.parcels.compactMap { $0.clearance.events.first?.date }.min()!
        #expect(trend.first?.date == first.endOfQuarter)
    }
}
