import Foundation
import Planner
import Testing
@testable import PlannerPresentation

/// The report shows Plan 278's investment target and the 2012 plan's reserve band, and
/// the overdue parcels with the board responsible.
@Suite struct ReportPolicyTests {
    /// Each park's investment per leased hectare (M USD, from `parkplan parks` JSON) and its
    /// verdict against 13 M USD/ha, and the reserve share with its 10–15 % verdict.
    @Test(arguments: ReportLanguage.allCases)
    func policyFiguresAreShown(lang: ReportLanguage) throws {
        let html = try ReportFixtures.report(lang)
        let t = ReportText(lang)
        #expect(html.contains(HTMLText.escape(t(.policyNote))))
        let rows = HTMLRows.rows(html, after: t(.policyTable))
        let data = try ShippedData.loaded.get()
        let parks = try ReportFixtures.parsed(ResultTable.parks(try ParkSummaryQuery(asOf: ShippedData.asOf).run(data), data: data, asOf: ShippedData.asOf))
        let json = parks["rows"] as! [[String: Any]]
        #expect(rows.count == json.count && !json.isEmpty)
        var verdicts = 0
        for r in json {
            let id = r["park"] as! String
            let cells = try #require(rows[id], "row of \(id)")
            if let usd = r["investment_per_ha_usd"] as? Double {
                #expect(cells[2] == NumberText.format(usd / 1_000_000, decimals: 2, lang: lang), "investment of \(id)")
                #expect(cells[3] == ((r["meets_investment_target"] as? Bool)! ? "✓" : "✗"))
                verdicts += 1
            } else {
                #expect(cells[2] == "–" && cells[3] == "–")
            }
            if let band = r["reserved_share_in_band"] as? Bool { #expect(cells[5] == (band ? "✓" : "✗")) }
        }
        #expect(verdicts > 0, "some park has leased land")
    }

    /// The overdue table names each parcel's commune-or-district and the unit whose board
    /// answers for it (districts before the 2025 reform: the report is as of 2025-12-31,
    /// so communes).
    @Test func overdueParcelsNameTheirBoard() throws {
        let html = try ReportFixtures.report(.en)
        let rows = HTMLRows.rows(html, after: ReportText(.en)(.overdueTable))
        #expect(!rows.isEmpty)
        let data = try ShippedData.loaded.get()
        let communes = Set(data.units(at: .commune).map(\.name))
        for (id, cells) in rows {
            #expect(cells.count == 10)
            #expect(communes.contains(cells[9]), "board of \(id): \(cells[9])")
        }
    }

    /// A work that is a point or a line covers no area of the parcels it sits on: its
    /// "site on parcels" cell is "–", not 0,00 (an area work keeps its figure).
    @Test func pointAndLineWorksShowNoOverlapArea() throws {
        let html = try ReportFixtures.report(.vi)
        let rows = HTMLRows.rows(html, after: ReportText(.vi)(.conflictsTable))
        let data = try ShippedData.loaded.get()
        #expect(!rows.isEmpty)
        for (id, cells) in rows {
            let work = try #require(data.work(id: cells[0]), "work of \(id)")
            if work.footprint.polygons.isEmpty { #expect(cells[6] == "–", "\(cells[0])") } else { #expect(cells[6] != "–") }
        }
    }
}
