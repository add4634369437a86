import Geo
@testable import PlannerStore

/// Creates ParkPlanner-like layers used by several tests.
enum Layers {
    static let parcelColumns = [
        Column("code", .text, notNull: true), Column("area_m2", .real), Column("floors", .integer),
        Column("cleared", .boolean), Column("leased_on", .date), Column("surveyed_at", .dateTime),
    ]

    /// A `parcels` polygon layer in EPSG:9210.
    static func createParcels(_ tx: GeoPackageTransaction, name: String = "parcels") throws {
        try tx.createFeatureTable(
            name: name, geometryType: .polygon, srsID: 9210, columns: parcelColumns,
            identifier: "Parcels", description: "Industrial park parcels")
    }

    /// `n` 10 m squares on a grid of 20 m cells starting at (590 000, 2 300 000).
    static func squares(_ n: Int, perRow: Int = 100) -> [NewFeature] {
        (0..<n).map { i in
            let x = 590_000 + Double(i % perRow) * 20, y = 2_300_000 + Double(i / perRow) * 20
            return NewFeature(
                geometry: .polygon(Fixtures.square(x: x, y: y)),
                attributes: ["code": .text("P-\(i)"), "area_m2": .real(100), "floors": .integer(Int64(i % 5))])
        }
    }
}
