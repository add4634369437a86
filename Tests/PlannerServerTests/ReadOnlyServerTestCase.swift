import XCTest

/// A test case whose tests only read: one server (on a copy of the shipped store) for all
/// the tests of the class, stopped after them.
class ReadOnlyServerTestCase: XCTestCase {
    nonisolated(unsafe) static var served: ServedStore?

    /// The class's server, started on first use.
    func server() throws -> ServedStore {
        if let s = Self.served { return s }
        let s = try ServedStore()
        Self.served = s
        return s
    }

    override class func tearDown() {
        served?.stop()
        served = nil
        super.tearDown()
    }
}
