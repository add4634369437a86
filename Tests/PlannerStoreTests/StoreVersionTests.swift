import Testing
@testable import PlannerStore

@Test func storeSchemaVersionIsPositive() {
    #expect(StoreVersion.schema >= 1)
}
