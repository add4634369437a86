import XCTest

/// A test case whose tests only read: one server (on a copy of the shipped store of the
/// class's ``storeKind``) for all the tests of the class, stopped after them.
class ReadOnlyServerTestCase: XCTestCase {
    /// The store the class's server serves (a subclass on PostGIS overrides it).
    class var storeKind: TestStoreKind { .geoPackage }

    nonisolated(unsafe) static var served: [TestStoreKind: (server: ServedStore, store: String)] = [:]

    /// The class's server, started on first use.
    func server() throws -> ServedStore {
        let kind = Self.storeKind
        if let s = Self.served[kind] { return s.server }
        let store = try kind.copy()
        let s = try ServedStore(store: store)
        Self.served[kind] = (s, store)
        return s
    }

    override class func tearDown() {
        if let s = served.removeValue(forKey: storeKind) {
            s.server.stop()
            storeKind.discard(s.store)
        }
        super.tearDown()
    }
}
