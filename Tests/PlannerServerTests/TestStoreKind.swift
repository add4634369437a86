import TestSupport
import XCTest

/// The stores the server tests run on: each test that is about the server, not the file,
/// runs once on a GeoPackage and once on PostGIS (skipped without `PARKPLAN_TEST_PG`,
/// failing on CI without it).
enum TestStoreKind: String, Sendable, Hashable {
    case geoPackage
    case postGIS

    /// A private copy of the shipped store of this kind: a file path, or the URL of a
    /// PostGIS schema of its own. Drop it with ``discard(_:)``.
    func copy() throws -> String {
        switch self {
        case .geoPackage: return try ShippedStore.copy().store
        case .postGIS:
            guard let url = try TestPostgres.url() else { throw XCTSkip(TestPostgres.skipReason) }
            return try ShippedDatabase.copy(into: url)
        }
    }

    /// Drops a copy made by ``copy()`` (a PostGIS schema; a file stays in its scratch folder).
    func discard(_ store: String) {
        if self == .postGIS { TestPostgres.drop(store) }
    }
}

extension XCTestCase {
    /// A private copy of the shipped store of `kind`, discarded after the test.
    func shippedStore(_ kind: TestStoreKind) throws -> String {
        let store = try kind.copy()
        addTeardownBlock { kind.discard(store) }
        return store
    }
}
