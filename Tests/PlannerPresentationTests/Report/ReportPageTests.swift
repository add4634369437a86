import Foundation
import Planner
import Testing
@testable import PlannerPresentation

/// The page stands alone: no network, no script, names intact, words translated.
@Suite struct ReportPageTests {
    @Test(arguments: ReportLanguage.allCases)
    func thePageLoadsNothingFromOutside(lang: ReportLanguage) throws {
        let html = try ReportFixtures.report(lang)
        for forbidden in ["http://", "https://", "<script", "<link", "<img", "<iframe", "@import", "src=", "href=", "@font-face", "url(//"] {
            #expect(!html.contains(forbidden), "found \(forbidden)")
        }
        let urls = html.components(separatedBy: "url(").dropFirst()
        #expect(urls.allSatisfy { $0.hasPrefix("#") }, "every url() points inside the page")
        #expect(html.hasPrefix("<!DOCTYPE html><html lang=\"\(lang.rawValue)\"><head><meta charset=\"utf-8\">"))
        #expect(html.contains("@page{size:A4"))
    }

    @Test func idsAreUniqueSoPatternsAndClipsResolve() throws {
        let html = try ReportFixtures.report(.vi)
        let ids = html.components(separatedBy: " id=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
        #expect(!ids.isEmpty && Set(ids).count == ids.count)
        for reference in html.components(separatedBy: "url(#").dropFirst().map({ String($0.prefix { $0 != ")" }) }) {
            #expect(ids.contains(reference), "url(#\(reference)) has no target")
        }
    }

    @Test func vietnameseNamesStayIntactAndPrecomposed() throws {
        let html = try ReportFixtures.report(.vi)
        for name in ["Tiên Thanh", "Nam Tràng Cát", "Xuân Cầu", "Khu kinh tế ven biển phía Nam Hải Phòng", "Nomura – Hải Phòng"] {
            #expect(html.contains(name))
        }
        #expect(!html.unicodeScalars.contains { (0x300...0x36F).contains($0.value) }, "no decomposed diacritics (NFC)")
        #expect(html.contains("Báo cáo tiến độ GPMB"))
        #expect(html.contains("Quý 4/2025"))
    }

    @Test func theEnglishReportIsTranslatedAndWritesNumbersTheEnglishWay() throws {
        let en = try ReportFixtures.report(.en), vi = try ReportFixtures.report(.vi)
        #expect(en.contains("Site clearance and infrastructure report") && en.contains("Q4 2025"))
        #expect(!en.contains("Báo cáo tiến độ"))
        let totals = try ClearanceProgressQuery(asOf: ShippedData.asOf, grouping: .park).run(ShippedData.loaded.get()).totals
        #expect(en.contains("<b>" + NumberText.format(totals.areaM2 / 10_000, decimals: 2, lang: .en) + " ha</b>"))
        #expect(vi.contains("<b>" + NumberText.format(totals.areaM2 / 10_000, decimals: 2, lang: .vi) + " ha</b>"))
        // The largest park (the southern coastal economic zone) runs to thousands of hectares: grouping shows.
        let largest = try ShippedData.loaded.get().parks.map(\.boundary.area).max()! / 10_000
        #expect(largest > 1000)
        #expect(en.contains(">" + NumberText.format(largest, decimals: 2, lang: .en) + "</td>"))
        #expect(vi.contains(">" + NumberText.format(largest, decimals: 2, lang: .vi) + "</td>"))
        #expect(NumberText.format(largest, decimals: 2, lang: .en).contains(","))
    }

    @Test func everyParkWithParcelsHasItsMapsAndThreeGapMaps() throws {
        let data = try ShippedData.loaded.get()
        let html = try ReportFixtures.report(.vi)
        let withParcels = data.parks.filter { !data.parcels(inPark: $0.id).isEmpty }
        #expect(withParcels.count >= 3)
        for park in data.parks {
            #expect(html.contains("<section class=\"park\" data-park=\"\(park.id)\">") == withParcels.contains(park))
        }
        #expect(html.components(separatedBy: "<svg class=\"map\"").count - 1 == 1 + withParcels.count * 4)
        #expect(html.contains("class=\"scale-bar\"") && html.contains("class=\"north\"") && html.contains("class=\"legend\""))
    }
}
