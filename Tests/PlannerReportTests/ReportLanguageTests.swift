import Testing
@testable import PlannerReport

@Test func reportLanguagesAreVietnameseAndEnglish() {
    #expect(ReportLanguage.allCases.map(\.rawValue) == ["vi", "en"])
}
