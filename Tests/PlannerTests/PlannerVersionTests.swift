import Testing
@testable import Planner

@Test func plannerVersionNamesTheProduct() {
    #expect(PlannerVersion.string.hasPrefix("ParkPlanner"))
}
