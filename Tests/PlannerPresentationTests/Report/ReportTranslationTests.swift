import Foundation
import Planner
import Testing
@testable import PlannerPresentation

/// The Vietnamese report shows no English data words: work statuses and layer names are
/// translated where the tables show them (attributes and the style sheet are not text).
@Suite struct ReportTranslationTests {
    /// The text a reader sees: tags, the style sheet and attribute values left out.
    static func visibleText(_ html: String) -> String {
        var s = html.replacingOccurrences(of: #"<style>.*?</style>"#, with: " ", options: .regularExpression)
        s = s.replacingOccurrences(of: #"<[^>]*>"#, with: " ", options: .regularExpression)
        return s
    }

    @Test func vietnameseTablesSayStatusesAndLayersInVietnamese() throws {
        let text = Self.visibleText(try ReportFixtures.report(.vi))
        for word in ["planned", "under_construction", "operational", "parcels", "zones", "parks"] {
            #expect(text.range(of: "\\b\(word)\\b", options: .regularExpression) == nil, "\"\(word)\" is shown untranslated")
        }
        #expect(text.contains("Thửa đất"))
    }

    @Test func englishTablesSayTheirOwnWords() throws {
        let text = Self.visibleText(try ReportFixtures.report(.en))
        #expect(text.contains("Parcels"))
        #expect(!text.contains("Thửa đất"))
    }

    @Test func everyWorkStatusHasBothLanguages() {
        for s in [WorkStatus.planned, .underConstruction, .operational] {
            #expect(ReportText(.vi).workStatus(s) != ReportText(.en).workStatus(s))
        }
    }
}
