import Testing
@testable import PlannerPresentation

@Test func reportLanguagesAreVietnameseAndEnglish() {
    #expect(ReportLanguage.allCases.map(\.rawValue) == ["vi", "en"])
}
