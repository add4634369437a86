import Foundation
import Planner

/// The data ParkPlanner ships in `geodata/`, and the order it is imported in (units
/// first so parks and parcels are apportioned, parks before parcels so parcels find
/// their park, parks before tasks so tasks link to them).
public enum ShippedData {
    /// (layer, file in geodata/, unit level).
    public static let files: [(layer: PlanningLayer, file: String, level: UnitLevel?)] = [
        (.units, "units_districts.geojson", .district), (.units, "units_communes.geojson", .commune),
        (.parks, "parks.geojson", nil), (.zones, "zones.geojson", nil),
        (.infrastructure, "infrastructure.geojson", nil), (.parcels, "parcels.geojson", nil),
        (.tasks, "plan278_tasks.tsv", nil),
    ]

    /// Imports every shipped file from `folder` into `store`; returns the reports in order.
    public static func importAll<Store: PlanningReading & LayerWriting>(from folder: String, into store: Store,
                                                                      progress: (String) -> Void = { _ in }) throws -> [ImportReport] {
        let importer = ImportLayer(into: store)
        return try files.map { entry in
            try importer.run(URL(fileURLWithPath: folder).appendingPathComponent(entry.file), as: entry.layer,
                             options: ImportOptions(level: entry.level), progress: progress)
        }
    }
}
