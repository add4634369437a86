import Foundation
import Testing
@testable import Planner
import PlannerPresentation
@testable import PlannerStore

/// The parcels layer streamed from the store exports exactly what the in-memory exporter
/// writes from the loaded parcels.
@Suite struct ParcelStreamTests {
    static func write(_ body: (ExportSink) throws -> Void) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("stream-\(UUID().uuidString).geojson")
        defer { try? FileManager.default.removeItem(at: url) }
        let sink = try ExportSink(path: url.path)
        try body(sink)
        try sink.close()
        return try String(contentsOf: url, encoding: .utf8)
    }

    @Test func streamedExportEqualsTheInMemoryExport() throws {
        let tmp = try TemporaryGeoPackage()
        let store = try ShippedDataStore.make(at: tmp.path)
        let parcels = try store.parcels()
        for day in ["2022-01-01", "2024-06-30", "2025-06-30"] {
            let asOf = try LocalDate(iso: day)
            for sequence in [false, true] {
                let exporter = GeoJSONExporter(sequence: sequence)
                let expected = try Self.write { try exporter.write(parcels.map { ExportFeature.parcel($0, asOf: asOf) }, to: $0, name: "parcels") }
                // Small batches: many batch boundaries in 2 500 parcels.
                let streamed = try Self.write { sink in
                    let count = try store.streamParcels(asOf: asOf, batchSize: 333) { next in
                        try exporter.write(batches: next, feature: { ExportFeature.parcel(try $0.record(), asOf: asOf) },
                                           to: sink, name: "parcels")
                    }
                    #expect(count == parcels.count)
                }
                #expect(streamed == expected, "\(day), sequence \(sequence)")
                #expect(streamed.utf8.count > 1_000_000)
            }
        }
    }

    @Test func streamedRowsCarryTheStatusOnTheDay() throws {
        let tmp = try TemporaryGeoPackage()
        let store = try ShippedDataStore.make(at: tmp.path)
        let parcels = try store.parcels()
        let asOf = try LocalDate(iso: "2024-06-30")
        let rows = try #require(try store.streamParcels(asOf: asOf, batchSize: 1_000) { next in
            var all: [StoredParcelRow] = []
            while let batch = try next() {
                #expect(batch.count <= 1_000)
                all += batch
            }
            return all
        })
        #expect(rows.map(\.id) == parcels.map(\.id))
        for (row, p) in zip(rows, parcels) {
            let record = try row.record()
            #expect(record.status == p.clearance.status(asOf: asOf))
            #expect(record.statusSince == p.clearance.events.last { $0.date <= asOf }?.date)
            #expect(record.boundary == p.boundary && record.areaM2 == p.areaM2)
        }
        #expect(Set(rows.map(\.status)).count > 2)
    }
}
