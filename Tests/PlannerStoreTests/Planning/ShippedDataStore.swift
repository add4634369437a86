import Foundation
@testable import Planner
@testable import PlannerStore

/// A store holding every shipped layer, imported the way `parkplan demo` does it.
enum ShippedDataStore {
    static let imports: [(PlanningLayer, String, UnitLevel?)] = [
        (.units, "units_districts.geojson", .district), (.units, "units_communes.geojson", .commune),
        (.parks, "parks.geojson", nil), (.zones, "zones.geojson", nil),
        (.infrastructure, "infrastructure.geojson", nil), (.parcels, "parcels.geojson", nil),
        (.tasks, "plan278_tasks.tsv", nil),
    ]

    static func make(at path: String) throws -> PlanningStore {
        let store = try PlanningStore.create(at: path)
        for (layer, file, level) in imports {
            _ = try store.importFile(PackagePaths.geodata(file), as: layer, options: ImportOptions(level: level))
        }
        return store
    }

    /// The number of features in a shipped GeoJSON file.
    static func featureCount(_ file: String) throws -> Int {
        let data = try Data(contentsOf: PackagePaths.geodata(file))
        let root = try JSONSerialization.jsonObject(with: data) as! [String: Any]
        return (root["features"] as! [Any]).count
    }
}
