import Foundation
import Testing
import TestSupport
@testable import PlannerStore

/// A first import into a new store path creates the store atomically: the store appears
/// only once the import has committed, and a refused import leaves no file at all.
@Suite struct FirstImportCLITests {
    @Test func aRefusedFirstImportLeavesNoStoreAndNoTemporaryFile() throws {
        let dir = try CLIRunner.scratch()
        let bad = dir.appendingPathComponent("bad_parks.geojson")
        try Data(#"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"id":"bow","name":"Bow","kind":"industrial_park"},"geometry":{"type":"Polygon","coordinates":[[[106.68,20.86],[106.69,20.87],[106.69,20.86],[106.68,20.87],[106.68,20.86]]]}}]}"#.utf8).write(to: bad)
        let store = dir.appendingPathComponent("new.gpkg").path
        let r = try CLIRunner.run(CLIRunner.parkplan, ["import", "parks", bad.path, "--store", store])
        #expect(r.status != 0)
        #expect(r.stderr.contains("nothing was written"), "\(r.stderr)")
        #expect(r.stderr.contains("feature 0 (id \"bow\"): invalid geometry"), "\(r.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["bad_parks.geojson"])
    }

    @Test func aSuccessfulFirstImportLeavesTheStoreAndNoTemporaryFile() throws {
        let dir = try CLIRunner.scratch()
        let store = dir.appendingPathComponent("new.gpkg").path
        let r = try CLIRunner.run(CLIRunner.parkplan, ["import", "parks", CLIRunner.geodata("parks.geojson"), "--store", store])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("into \(store)"), "\(r.stdout)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["new.gpkg"])
        let counts = try PlanningStore.open(at: store).counts()
        #expect(counts[.parks]! > 0)
        #expect(counts[.parcels] == 0)
    }
}
