import Foundation
@testable import PlannerStore

/// A fresh path in a temporary folder for one test's GeoPackage; the folder is removed
/// when the value is released.
final class TemporaryGeoPackage {
    let directory: URL
    let path: String

    init(_ name: String = "test.gpkg") throws {
        directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("plannerstore-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        path = directory.appendingPathComponent(name).path
    }

    deinit { try? FileManager.default.removeItem(at: directory) }
}
