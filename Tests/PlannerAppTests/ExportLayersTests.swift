import Foundation
import Planner
import PlannerApp
import Testing
import TestSupport

/// Exporting layers to a folder: one RFC 7946 file per layer, counts as stored.
@Suite struct ExportLayersTests {
    @Test func everyLayerIntoAFolder() throws {
        let folder = try Scratch.folder()
        var wrote: [String: Int] = [:]
        try ExportLayers(asOf: LocalDate(iso: "2026-09-30"), output: folder.path + "/").run(ShippedStore.open()) { path, count in
            wrote[URL(fileURLWithPath: path ?? "-").lastPathComponent] = count
        }
        #expect(wrote == ["parks.geojson": 11, "parcels.geojson": 2500, "units.geojson": 39, "zones.geojson": 29,
                          "infrastructure.geojson": 36])
        let parks = try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("parks.geojson"))) as? [String: Any]
        #expect((parks?["features"] as? [Any])?.count == 11)
    }
}
