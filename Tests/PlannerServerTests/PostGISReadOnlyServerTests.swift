import XCTest

/// The read-only server tests on a PostGIS store: one server on a copy of the shipped
/// store in a schema of its own; every API body equals the CLI's on the same database.
final class PostGISReadOnlyServerTests: ReadOnlyServerTestCase {
    override class var storeKind: TestStoreKind { .postGIS }

    func testQueryBodiesEqualTheCLIsJSON() async throws {
        let served = try server()
        XCTAssertTrue(served.store.hasPrefix("postgresql://"), "served from PostGIS, not \(served.store)")
        try await QueryContractTests.queryBodiesEqualTheCLIsJSON(served)
    }

    func testAWindowOverEverythingAtFullDetailIsTheExport() async throws {
        try await FeatureWindowTests.windowOverEverythingIsTheExport(try server())
    }
}
