import Foundation
import Geo
import Testing
@testable import Planner
@testable import PlannerStore
import TestSupport

/// Several connections (as several `parkplan clearance set` processes would open) writing
/// to one store at once while another reads: with WAL and the busy timeout every write is
/// recorded and every read answered (issue 11, item 2; `tools/hostile/concurrent_writers.py`
/// runs the full 8 processes × 200 changes and a reader process).
@Suite struct ConcurrentWriterTests {
    @Test func fourWritersTimesFiftyStatusChangesAreAllRecordedAndEveryReadAnswered() throws {
        let tmp = try TemporaryGeoPackage()
        let store = try PlanningStore.create(at: tmp.path)
        let writers = 4, changes = 50
        let features = (0..<writers).map { i in
            let x = 106.68 + Double(i) * 0.002
            return #"{"type":"Feature","properties":{"id":"P-\#(i)","park":"x","land_use":"LUC","clearance":"inventoried","clearance_date":"2024-03-01"},"geometry":{"type":"Polygon","coordinates":[[[\#(x),20.86],[\#(x + 0.001),20.86],[\#(x + 0.001),20.861],[\#(x),20.861],[\#(x),20.86]]]}}"#
        }
        let file = tmp.directory.appendingPathComponent("parcels.geojson")
        try Data(#"{"type":"FeatureCollection","features":[\#(features.joined(separator: ","))]}"#.utf8).write(to: file)
        _ = try store.importFile(file, as: .parcels)
        let path = tmp.path
        let reads = 40
        // One worker more than the writers: the last one reads while they write.
        let failures = try ParallelChunks.map(count: writers + 1, chunks: writers + 1, threads: writers + 1) { range -> Int in
            var failed = 0
            for i in range where i == writers {
                guard let reader = try? PlanningStore.open(at: path) else { return reads }
                for _ in 0..<reads {
                    do { if try reader.parcels().count != writers { failed += 1 } } catch { failed += 1 }
                }
            }
            for i in range where i < writers {
                guard let own = try? PlanningStore.open(at: path) else { return changes }
                for k in 0..<changes {
                    let status: ClearanceStatus = k.isMultiple(of: 2) ? .compensated : .inventoried
                    do {
                        try own.recordClearance(parcelId: "P-\(i)", ClearanceEvent(status: status, date: try LocalDate(iso: "2024-04-01"), by: "writer \(i)"),
                                                reason: "alternating on purpose")
                    } catch { failed += 1 }
                }
            }
            return failed
        }
        #expect(failures.reduce(0, +) == 0)
        let parcels = try PlanningStore.open(at: path).parcels()
        #expect(parcels.count == writers)
        #expect(parcels.allSatisfy { $0.clearance.events.count == 1 + changes })
        // Versions strictly increasing per parcel, none lost or doubled.
        #expect(parcels.allSatisfy { $0.ledgerEntries.map(\.seq) == Array(1...(1 + changes)) })
    }
}
