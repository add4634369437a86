import Planner
import PlannerApp
import Testing
import TestSupport

/// Park names resolve with or without diacritics; unknown ones are refused with the closest names.
@Suite struct ParkResolverTests {
    @Test func namesWithoutDiacriticsFindTheirPark() throws {
        let parks = try ShippedStore.open().parks()
        #expect(try ParkResolver.ids(["An Hoa", "tien-thanh"], in: parks) == ["an-hoa", "tien-thanh"])
        #expect(try ParkResolver.ids([], in: parks) == nil)
    }

    @Test func anUnknownNameSuggestsTheClosest() throws {
        let parks = try ShippedStore.open().parks()
        do {
            _ = try ParkResolver.ids(["Tien Thanhh"], in: parks)
            Issue.record("an unknown park was resolved")
        } catch let error as ParkLookupError {
            #expect(error.description.hasPrefix("unknown park \"Tien Thanhh\"; did you mean"), "\(error)")
        }
    }
}
