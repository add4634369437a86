import Foundation
import Planner
import PlannerApp
import Testing

/// The demo's report date and mission parks.
@Suite struct DemoJobTests {
    @Test(arguments: [("2026-12-02", "2026-09-30"), ("2026-01-15", "2025-12-31"), ("2026-04-01", "2026-03-31"),
                      ("2024-07-01", "2024-06-30")])
    func lastQuarterEndIsTheDayBeforeTheQuarterBegan(day: String, end: String) throws {
        #expect(DemoJob.lastQuarterEnd(before: try LocalDate(iso: day)).description == end)
    }

    @Test func missionParksComeFromThePlans() {
        #expect(DemoJob.missionParks == ["an-hoa", "xuan-cau", "nam-trang-cat", "tien-thanh", "kkt-ven-bien-phia-nam"])
    }
}
