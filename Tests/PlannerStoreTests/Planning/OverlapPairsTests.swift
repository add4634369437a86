import Foundation
import GRDB
import Testing
@testable import Planner
@testable import PlannerStore
import TestSupport

/// `parcel_overlaps` (schema v5) holds exactly the pairs ``ParcelOverlapPair``'s rule finds
/// among every stored boundary, whatever the strip size, after an import, an update that
/// moves parcels, and an edit by another program; and the clearance totals read from it
/// equal those found by overlaying every parcel.
@Suite struct OverlapPairsTests {
    /// A 24 × 24 grid of 20 m parcels near Hai Phong, one in 25 grown by a random 5–40 %
    /// so it overlaps its neighbours (chains of them make clusters), with random statuses.
    private func city(seed: UInt64) throws -> (TemporaryGeoPackage, PlanningStore) {
        var random = SplitMix(state: seed)
        let (lon0, lat0, step) = (106.68, 20.86, 0.00018)
        var features: [String] = []
        let statuses = ["not_started", "inventoried", "compensated", "handed_over"]
        for row in 0..<24 {
            for col in 0..<24 {
                let grow = random.uniform(0...1) < 0.04 ? step * random.uniform(0.05...0.4) : 0
                let (x0, y0) = (lon0 + Double(col) * step - grow / 2, lat0 + Double(row) * step - grow / 2)
                let (x1, y1) = (x0 + step + grow, y0 + step + grow)
                let ring = "[[\(x0),\(y0)],[\(x1),\(y0)],[\(x1),\(y1)],[\(x0),\(y1)],[\(x0),\(y0)]]"
                let status = statuses[Int(random.next() % 4)]
                features.append(#"{"type":"Feature","properties":{"id":"P-\#(String(format: "%02d-%02d", row, col))","park":"x","land_use":"LUC","clearance":"\#(status)","clearance_date":"2024-03-01"},"geometry":{"type":"Polygon","coordinates":[\#(ring)]}}"#)
            }
        }
        let tmp = try TemporaryGeoPackage()
        let store = try PlanningStore.create(at: tmp.path)
        let file = tmp.directory.appendingPathComponent("parcels.geojson")
        try Data(#"{"type":"FeatureCollection","features":[\#(features.joined(separator: ","))]}"#.utf8).write(to: file)
        _ = try store.importFile(file, as: .parcels)
        return (tmp, store)
    }

    private func stored(_ store: PlanningStore) throws -> [ParcelOverlapPair] {
        try store.reading(ParcelRecord.self) { try PlanningStore.overlapPairs($0) }.sorted { ($0.a, $0.b) < ($1.a, $1.b) }
    }

    /// The pairs found by overlaying every stored boundary at once.
    private func found(_ store: PlanningStore) throws -> [ParcelOverlapPair] {
        let ids = try store.reading(ParcelRecord.self) { try String.fetchAll($0, sql: "SELECT parcel_id FROM parcels") }.sorted()
        let boundaries = try store.parcelBoundaries(ids: ids)
        return try ParcelOverlapPair.find(boundaries: ids.map { boundaries[$0] }, ids: ids).sorted { ($0.a, $0.b) < ($1.a, $1.b) }
    }

    @Test func theImportStoresEveryPairOnceAtAnyStripSize() throws {
        let (tmp, store) = try city(seed: 7)
        _ = tmp
        let expected = try found(store)
        #expect(expected.count > 40, "the grown parcels overlap their neighbours")
        #expect(try stored(store) == expected)
        for size in [1, 7, 50, 300] {
            try store.geoPackage.write { tx in try PlanningStore.refreshOverlapPairs(tx, touching: nil, stripSize: size) }
            #expect(try stored(store) == expected, "strips of \(size) parcels")
        }
        // Only some parcels' pairs found again: the others' are kept, none twice.
        let some: Set<String> = ["P-00-00", "P-05-05", "P-05-06", "P-12-03", "P-23-23"]
        try store.geoPackage.write { tx in try PlanningStore.refreshOverlapPairs(tx, touching: some, stripSize: 40) }
        #expect(try stored(store) == expected)
    }

    @Test func aParcelMovedByAnotherProgramGetsItsNewPairs() throws {
        let (tmp, store) = try city(seed: 11)
        _ = tmp
        let before = try stored(store)
        // Behind ParkPlanner's back (as QGIS would): P-00-00 now lies exactly on P-10-10.
        try store.geoPackage.write { tx in
            try tx.db.execute(sql: "UPDATE parcels SET geom = (SELECT geom FROM parcels WHERE parcel_id = 'P-10-10') WHERE parcel_id = 'P-00-00'")
        }
        let reopened = try PlanningStore.open(at: store.path)
        _ = try reopened.parks()
        let after = try stored(reopened)
        #expect(after != before)
        #expect(after.contains(ParcelOverlapPair("P-00-00", "P-10-10")))
        #expect(after == (try found(reopened)))
    }

    @Test func clearanceFromStoredPairsEqualsOverlayingEveryParcel() throws {
        let (tmp, store) = try city(seed: 23)
        _ = tmp
        let asOf = try LocalDate(iso: "2025-06-30")
        let query = ClearanceProgressQuery(asOf: asOf, grouping: .park)
        let (records, boundaries) = try store.clearanceRecordsAndBoundaries(asOf: asOf, level: nil, parkIds: nil)
        let whole = try query.run(records, units: [], boundaries: boundaries)
        let (lean, pairs, few) = try store.clearanceRecordsAndOverlaps(asOf: asOf, level: nil, parkIds: nil)
        #expect(few.count < boundaries.count / 2, "only the overlapping parcels' boundaries are read")
        let kept = try query.run(lean, units: [], boundaries: few, overlaps: pairs)
        #expect(whole.totals.doubleCountedM2 > 0)
        #expect(kept == whole)
    }
}
