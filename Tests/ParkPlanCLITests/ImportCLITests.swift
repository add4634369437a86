import Foundation
import Planner
import Testing
import TestSupport
@testable import PlannerStore

@Suite(.serialized) struct ImportCLITests {
    static let ogrinfo = "/usr/bin/ogrinfo"

    @Test func shippedDataImportsAndGDALListsEveryLayer() throws {
        let dir = try CLIRunner.scratch()
        let store = dir.appendingPathComponent("hp.gpkg").path
        try CLIRunner.importShipped(into: store)
        let layers = try CLIRunner.run(CLIRunner.parkplan, ["layers", "--store", store])
        #expect(layers.status == 0)
        #expect(layers.stdout.contains("parcels         parcels             2500"))
        guard FileManager.default.isExecutableFile(atPath: Self.ogrinfo) else {
            print("SKIPPED ogrinfo check: \(Self.ogrinfo) not installed (tools/setup installs gdal-bin)")
            return
        }
        let info = try CLIRunner.run(Self.ogrinfo, ["-so", "-al", store])
        #expect(info.status == 0)
        #expect(!info.stderr.contains("ERROR") && !info.stderr.contains("Warning"), "\(info.stderr)")
        let counts = try PlanningStore.open(at: store).counts()
        for layer in PlanningLayer.allCases {
            let block = info.stdout.components(separatedBy: "Layer name: \(layer.table)\n").dropFirst().first ?? ""
            #expect(block.contains("Feature Count: \(counts[layer]!)\n"), "\(layer.table) count")
            if layer != .tasks {
                #expect(block.contains("PROJCRS[\"VN-2000 / TM-3 105-45\""), "\(layer.table) CRS")
            }
        }
    }

    @Test func realDistrictFileImportsWithItsCodes() throws {
        let file = CLIRunner.root.appendingPathComponent("Tests/Fixtures/haiphong_districts.geojson").path
        let store = try CLIRunner.scratch().appendingPathComponent("d.gpkg").path
        let r = try CLIRunner.run(CLIRunner.parkplan, ["import", "units", file, "--id-field", "gso_code", "--level", "district", "--store", store])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("imported 15 units"))
        if FileManager.default.isExecutableFile(atPath: Self.ogrinfo) {
            let info = try CLIRunner.run(Self.ogrinfo, ["-so", store, "admin_units"])
            #expect(info.stdout.contains("Feature Count: 15"))
        }
    }

    @Test func aRejectedFileExitsNonZeroNamesTheFeatureAndChangesNothing() throws {
        let dir = try CLIRunner.scratch()
        let store = dir.appendingPathComponent("s.gpkg").path
        #expect(try CLIRunner.run(CLIRunner.parkplan, ["import", "parks", CLIRunner.geodata("parks.geojson"), "--store", store]).status == 0)
        let before = try Data(contentsOf: URL(fileURLWithPath: store))
        let bad = dir.appendingPathComponent("bad_parks.geojson")
        try Data(#"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"id":"ok","name":"Ok","kind":"industrial_park"},"geometry":{"type":"Polygon","coordinates":[[[106.6,20.8],[106.61,20.8],[106.61,20.81],[106.6,20.8]]]}},{"type":"Feature","properties":{"id":"bow","name":"Bow","kind":"industrial_park"},"geometry":{"type":"Polygon","coordinates":[[[106.68,20.86],[106.69,20.87],[106.69,20.86],[106.68,20.87],[106.68,20.86]]]}}]}"#.utf8).write(to: bad)
        let r = try CLIRunner.run(CLIRunner.parkplan, ["import", "parks", bad.path, "--store", store])
        #expect(r.status != 0)
        #expect(r.stderr.contains("bad_parks.geojson: feature 1 (id \"bow\"): invalid geometry: Self-intersection at"), "\(r.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: store)) == before)
    }

    @Test func noStoreSaysHowToCreateOne() throws {
        let dir = try CLIRunner.scratch()
        let r = try CLIRunner.run(CLIRunner.parkplan, ["layers", "--store", dir.appendingPathComponent("none.gpkg").path])
        #expect(r.status != 0)
        #expect(r.stderr.contains("parkplan import"))
    }

    @Test func clearanceChangesAreRecordedThroughTheCLI() throws {
        let (_, store) = try ShippedStore.copy()
        let parcel = try #require(try PlanningStore.open(at: store).parcels().first { $0.clearance.current != .handedOver })
        let r = try CLIRunner.run(CLIRunner.parkplan, ["clearance", "set", parcel.id, "handed_over", "--date", "2026-11-20",
                                                       "--by", "Ban GPMB", "--note", "bàn giao mặt bằng", "--store", store])
        #expect(r.status == 0, "\(r.stderr)")
        let after = try #require(try PlanningStore.open(at: store).parcels().first { $0.id == parcel.id })
        #expect(after.clearance.events.count == parcel.clearance.events.count + 1)
        #expect(after.clearance.current == .handedOver)
        #expect(after.clearance.events.last?.note == "bàn giao mặt bằng")
        let refused = try CLIRunner.run(CLIRunner.parkplan, ["clearance", "set", parcel.id, "disputed", "--date", "2020-01-01",
                                                             "--by", "x", "--store", store])
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("before the last event in force"))
    }
}
