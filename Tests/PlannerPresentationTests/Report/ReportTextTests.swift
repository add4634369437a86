import Planner
import Testing
@testable import PlannerPresentation

@Test func everyLabelIsWrittenInBothLanguages() {
    for key in ReportText.Key.allCases {
        #expect(!ReportText(.vi)(key).isEmpty && !ReportText(.en)(key).isEmpty, "\(key)")
    }
    #expect(ReportText(.vi).status(.handedOver) == "Đã bàn giao mặt bằng" && ReportText(.en).status(.handedOver) == "Handed over")
    let day = LocalDate(year: 2025, month: 6, day: 30)!
    #expect(ReportText(.vi).date(day) == "30/06/2025" && ReportText(.en).date(day) == "2025-06-30")
    #expect(ReportText(.vi).quarter(day) == "Quý 2/2025" && ReportText(.en).quarter(day) == "Q2 2025")
}

@Test func theLevelInForceFollowsThe2025Reform() throws {
    let data = try ShippedData.loaded.get()
    #expect(ReportFigures.levelInForce(data, on: LocalDate(year: 2025, month: 6, day: 30)!) == .district)
    #expect(ReportFigures.levelInForce(data, on: LocalDate(year: 2025, month: 9, day: 30)!) == .commune)
    #expect(ReportFigures.levelInForce(PlanningData(), on: LocalDate(year: 2025, month: 9, day: 30)!) == nil)
}
