import Foundation
import Testing
import TestSupport
import Planner
import PlannerPresentation
import PlannerStore

/// `clearance` and `export --layer parcels` read the store lean (records, streamed
/// batches) and still write exactly what the in-memory queries and exporter write.
@Suite struct StreamedCommandsCLITests {
    /// A scratch folder for outputs, and the shared shipped store (read only).
    static func shippedStore() throws -> (folder: URL, store: String) {
        (try Scratch.folder(), try ShippedStore.path)
    }

    @Test func clearanceJSONEqualsTheInMemoryQuery() throws {
        let (_, store) = try Self.shippedStore()
        let data = try PlanningStore.open(at: store).load()
        let names = Dictionary(uniqueKeysWithValues: data.parks.map { ($0.id, $0.name) })
        let day = try LocalDate(iso: "2025-06-30")
        let cases: [(String, ClearanceGrouping)] = [("district", .unit(.district)), ("commune", .unit(.commune)),
                                                    ("park", .park), ("commune+park", .unitAndPark(.commune))]
        for (by, grouping) in cases {
            let r = try CLIRunner.run(CLIRunner.parkplan, ["clearance", "--by", by, "--as-of", "2025-06-30", "--format", "json", "--store", store])
            #expect(r.status == 0, "\(r.stderr)")
            let progress = try ClearanceProgressQuery(asOf: day, grouping: grouping).run(data)
            #expect(r.stdout == ResultTable.clearance(progress, grouping: grouping, parkNames: names).json() + "\n", "--by \(by)")
        }
        // The overdue list names each parcel's commune whatever the grouping, and its board.
        let overdue = try OverdueBoards.named(try ClearanceProgressQuery(asOf: day, grouping: .unit(.commune)).run(data).overdue, in: data, asOf: day)
        let r = try CLIRunner.run(CLIRunner.parkplan, ["clearance", "--overdue", "--as-of", "2025-06-30", "--format", "json", "--store", store])
        #expect(r.stdout == ResultTable.overdue(overdue, asOf: day, outlines: Dictionary(uniqueKeysWithValues: data.parcels.map { ($0.id, $0.boundary) })).json() + "\n")
        #expect(!overdue.isEmpty)
    }

    @Test func overdueGeoJSONDrawsEveryOverdueParcel() throws {
        let (_, store) = try Self.shippedStore()
        let r = try CLIRunner.run(CLIRunner.parkplan, ["clearance", "--overdue", "--as-of", "2025-06-30", "--format", "geojson", "--store", store])
        #expect(r.status == 0, "\(r.stderr)")
        let object = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
        let features = object?["features"] as? [[String: Any]] ?? []
        #expect(!features.isEmpty)
        #expect(features.allSatisfy { $0["geometry"] is [String: Any] })
    }

    @Test func exportedParcelsEqualTheInMemoryExporter() throws {
        let (dir, store) = try Self.shippedStore()
        let parcels = try PlanningStore.open(at: store).parcels()
        let day = try LocalDate(iso: "2024-06-30")
        for sequence in [false, true] {
            let out = dir.appendingPathComponent(sequence ? "parcels.geojsonl" : "parcels.geojson").path
            let r = try CLIRunner.run(CLIRunner.parkplan, ["export", "--layer", "parcels", "--as-of", "2024-06-30", "-o", out, "--store", store]
                                      + (sequence ? ["--seq"] : []))
            #expect(r.status == 0, "\(r.stderr)")
            #expect(r.stdout.contains("(\(parcels.count) features)"))
            let expected = dir.appendingPathComponent("expected").path
            let sink = try ExportSink(path: expected)
            try GeoJSONExporter(sequence: sequence).write(parcels.map { ExportFeature.parcel($0, asOf: day) }, to: sink, name: "parcels")
            try sink.close()
            #expect(try Data(contentsOf: URL(fileURLWithPath: out)) == (try Data(contentsOf: URL(fileURLWithPath: expected))))
        }
    }
}
