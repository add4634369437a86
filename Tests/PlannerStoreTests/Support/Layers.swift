import Geo
import GRDB
@testable import PlannerStore

/// Creates ParkPlanner-like layers used by several tests.
enum Layers {
    static let parcelColumns = [
        UserColumn("code", .text, notNull: true), UserColumn("area_m2", .real), UserColumn("floors", .integer),
        UserColumn("cleared", .boolean), UserColumn("leased_on", .date), UserColumn("surveyed_at", .datetime),
    ]

    /// A `parcels` polygon layer in EPSG:9210.
    static func createParcels(_ tx: GeoPackageTransaction, name: String = "parcels") throws {
        try tx.createFeatureTable(
            name: name, geometryType: .polygon, srsID: 9210, columns: parcelColumns,
            identifier: "Parcels", description: "Industrial park parcels")
    }

    /// `n` 10 m squares on a grid of 20 m cells starting at (590 000, 2 300 000).
    static func squares(_ n: Int, perRow: Int = 100) -> [DynamicFeature] {
        (0..<n).map { i in
            let x = 590_000 + Double(i % perRow) * 20, y = 2_300_000 + Double(i / perRow) * 20
            return DynamicFeature(
                geometry: .polygon(Fixtures.square(x: x, y: y)),
                values: ["code": "P-\(i)".databaseValue, "area_m2": 100.0.databaseValue, "floors": (i % 5).databaseValue])
        }
    }
}
