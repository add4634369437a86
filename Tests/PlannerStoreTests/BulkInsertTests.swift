import Foundation
import Testing
@testable import PlannerStore

/// A bulk insert keeps one R-tree row per feature (speed is measured by the benchmarks in
/// tools/, never here).
@Suite struct BulkInsertTests {
    @Test func bulkInsertIndexesEveryFeature() throws {
        let n = 5_000
        let tmp = try TemporaryGeoPackage()
        let gpkg = try GeoPackage.create(at: tmp.path)
        try gpkg.write { try Layers.createParcels($0) }
        _ = try gpkg.write { tx in try tx.insert(features: Layers.squares(n, perRow: 100), into: "parcels") }
        #expect(try gpkg.count(in: "parcels") == n)
        #expect(try gpkg.read { r in try r.count(in: "rtree_parcels_geom") } == n)
    }
}
