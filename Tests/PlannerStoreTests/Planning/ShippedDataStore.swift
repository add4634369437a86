import Foundation
@testable import Planner
@testable import PlannerStore
import PlannerApp

/// A store holding every shipped layer, imported the way `parkplan demo` does it.
enum ShippedDataStore {
    static func make(at path: String) throws -> PlanningStore {
        let store = try PlanningStore.create(at: path)
        _ = try ShippedData.importAll(from: PackagePaths.root.appendingPathComponent("geodata").path, into: store)
        return store
    }

    /// The number of features in a shipped GeoJSON file.
    static func featureCount(_ file: String) throws -> Int {
        let data = try Data(contentsOf: PackagePaths.geodata(file))
        let root = try JSONSerialization.jsonObject(with: data) as! [String: Any]
        return (root["features"] as! [Any]).count
    }
}
