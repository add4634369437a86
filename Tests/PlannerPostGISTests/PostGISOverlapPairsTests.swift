import Planner
@testable import PlannerPostGIS
import TestSupport
import XCTest

/// The pairs of overlapping parcels the PostGIS store keeps (schema v3): written by the
/// copy, equal to the GeoPackage store's, and never trusted once another program has
/// written a parcel's geometry (the clearance read then finds the pairs and measures the
/// areas from the boundaries themselves).
final class PostGISOverlapPairsTests: PostGISShippedStoreTestCase {
    private let day = try! LocalDate(iso: "2026-11-30")

    func testTheCopyKeepsThePairsTheGeoPackageStoreKeeps() throws {
        let kept = try store.clearanceRecordsAndOverlaps(asOf: day, level: .commune, parkIds: nil).overlaps
        let gpkg = try ShippedStore.open().clearanceRecordsAndOverlaps(asOf: day, level: .commune, parkIds: nil).overlaps
        XCTAssertFalse(kept.isEmpty, "the shipped parcels overlap somewhere")
        XCTAssertEqual(Set(kept), Set(gpkg))
        XCTAssertEqual(kept.count, Set(kept).count, "each pair once")
        XCTAssertTrue(try connection().session("checking") { try PostGISStore.storedOverlapsAreCurrent($0) })
    }

    func testAParcelMovedByAnotherProgramIsPairedAndMeasuredFromItsNewBoundary() throws {
        let before = try store.clearanceRecordsAndOverlaps(asOf: day, level: .commune, parkIds: nil)
        let paired = Set(before.overlaps)
        let a = before.records[0]
        let b = try XCTUnwrap(before.records.dropFirst().first {
            !paired.contains(ParcelOverlapPair(a.id, $0.id)) && abs($0.areaM2 - a.areaM2) > 1
        })
        // As QGIS or psql would: a's outline drawn over b's, area_m2 left as it was.
        try connection().session("moving a parcel") {
            try $0.execute("UPDATE parcels SET geom = (SELECT geom FROM parcels WHERE parcel_id = '\(b.id)') WHERE parcel_id = '\(a.id)'")
        }
        XCTAssertFalse(try connection().session("checking") { try PostGISStore.storedOverlapsAreCurrent($0) })

        let after = try store.clearanceRecordsAndOverlaps(asOf: day, level: .commune, parkIds: nil)
        XCTAssertTrue(after.overlaps.contains(ParcelOverlapPair(a.id, b.id)), "the new overlap is found")
        XCTAssertTrue(Set(after.overlaps).isSuperset(of: paired.filter { $0.a != a.id && $0.b != a.id }))
        let moved = try XCTUnwrap(after.records.first { $0.id == a.id })
        XCTAssertEqual(moved.areaM2, b.areaM2, accuracy: 1e-6, "measured on the new boundary, not the stored area")
        let lean = try XCTUnwrap(try store.clearanceRecords(asOf: day, level: nil, parkIds: nil).first { $0.id == a.id })
        XCTAssertEqual(lean.areaM2, b.areaM2, accuracy: 1e-6)
    }

    private func connection() throws -> PostGISConnection {
        try PostGISConnection(try PostGISLocation(url))
    }
}
