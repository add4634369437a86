@testable import PlannerPostGIS
import TestSupport
import XCTest

/// A test case on a copy of the shipped store in a PostGIS schema of its own, made before
/// each test and dropped after it.
class PostGISShippedStoreTestCase: XCTestCase {
    /// The schema's URL.
    var url = ""
    /// The store in it.
    var store: PostGISStore!

    override func setUpWithError() throws {
        url = try PostGISTestDatabase.freshSchema()
        store = try PostGISStore.create(try PostGISLocation(url))
        try store.copy(from: try ShippedStore.open())
    }

    override func tearDown() {
        store = nil
        PostGISTestDatabase.drop(url)
        super.tearDown()
    }
}
