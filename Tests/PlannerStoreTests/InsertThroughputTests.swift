import Foundation
import Testing
@testable import PlannerStore

@Suite struct InsertThroughputTests {
    /// Bulk insert of small polygons with the R-tree triggers live. The floor is low enough
    /// for a debug build on a 2-core machine; the measured rate is printed.
    @Test func bulkInsertOfSmallPolygonsIsFast() throws {
        let n = 50_000
        let tmp = try TemporaryGeoPackage()
        let gpkg = try GeoPackage.create(at: tmp.path)
        try gpkg.write { try Layers.createParcels($0) }
        let features = Layers.squares(n, perRow: 250)
        let clock = ContinuousClock()
        let elapsed = try clock.measure { () throws -> Void in
            _ = try gpkg.write { tx in try tx.insert(features: features, into: "parcels") }
        }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
        let rate = Double(n) / seconds
        print("PlannerStore insert throughput: \(n) polygons in \(String(format: "%.3f", seconds)) s = \(Int(rate)) features/s")
        #expect(try gpkg.count(in: "parcels") == n)
        #expect(try gpkg.read { r in try r.count(in: "rtree_parcels_geom") } == n)
        #expect(rate > 5_000)
    }
}
