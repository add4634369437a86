import Foundation
import Testing
@testable import Geo
@testable import Planner
@testable import PlannerStore
import TestSupport

/// Bad input is refused with the file, feature and reason, and the store is left exactly
/// as it was: same counts, same bytes.
@Suite struct PlanningStoreRefusalTests {
    static func feature(_ id: String, _ ring: String, _ extra: String = "") -> String {
        #"{"type":"Feature","properties":{"id":"\#(id)","name":"P \#(id)","kind":"industrial_park"\#(extra)},"geometry":{"type":"Polygon","coordinates":[\#(ring)]}}"#
    }
    static let square = "[[106.68,20.86],[106.69,20.86],[106.69,20.87],[106.68,20.87],[106.68,20.86]]"
    static func collection(_ features: [String]) -> String {
        #"{"type":"FeatureCollection","features":[\#(features.joined(separator: ","))]}"#
    }

    /// (name, file bytes, words the message must contain)
    static let badParkFiles: [(String, [UInt8], [String])] = [
        ("self-intersection", Array(collection([feature("bow", "[[106.68,20.86],[106.69,20.87],[106.69,20.86],[106.68,20.87],[106.68,20.86]]")]).utf8),
         ["feature 0", "\"bow\"", "Self-intersection at"]),
        ("ring not closed", Array(collection([feature("open", "[[106.68,20.86],[106.69,20.86],[106.69,20.87],[106.68,20.87]]")]).utf8),
         ["\"open\"", "not closed"]),
        ("too few points", Array(collection([feature("few", "[[106.68,20.86],[106.69,20.86],[106.68,20.86]]")]).utf8),
         ["\"few\"", "Too few points"]),
        ("lon/lat swapped", Array(collection([feature("swap", "[[20.86,106.68],[20.86,106.69],[20.87,106.69],[20.87,106.68],[20.86,106.68]]")]).utf8),
         ["\"swap\"", "swap"]),
        ("duplicate id", Array(collection([feature("dup", square), feature("dup", square)]).utf8),
         ["\"dup\"", "duplicate"]),
        ("unknown kind", Array(collection([feature("k", square, #","kind":"factory""#)]).utf8),
         ["\"k\""]),
        ("truncated JSON", Array(collection([feature("t", square)]).utf8.dropLast(40)),
         ["parks.geojson"]),
        ("invalid UTF-8", Array(collection([feature("u", square)]).utf8.prefix(60)) + [0xC3, 0x28] + Array(collection([feature("u", square)]).utf8.dropFirst(60)),
         ["UTF-8"]),
        ("empty geometry", Array(#"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"id":"e","name":"E","kind":"industrial_park"},"geometry":null}]}"#.utf8),
         ["\"e\""]),
        ("wrong geometry type", Array(#"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"id":"w","name":"W","kind":"industrial_park"},"geometry":{"type":"Point","coordinates":[106.68,20.86]}}]}"#.utf8),
         ["\"w\"", "Point"]),
    ]

    private func fileDigest(_ path: String) throws -> [UInt8] { Array(try Data(contentsOf: URL(fileURLWithPath: path))) }

    @Test(arguments: badParkFiles.map { ($0.0, $0.1, $0.2) })
    func badParksAreRefusedAndTheStoreIsUnchanged(_ name: String, _ bytes: [UInt8], _ words: [String]) throws {
        let tmp = try TemporaryGeoPackage()
        let store = try PlanningStore.create(at: tmp.path)
        _ = try store.importFile(PackagePaths.geodata("parks.geojson"), as: .parks)
        let before = try fileDigest(tmp.path)
        let countsBefore = try store.counts()
        let bad = tmp.directory.appendingPathComponent("parks.geojson")
        try Data(bytes).write(to: bad)
        do {
            _ = try store.importFile(bad, as: .parks)
            Issue.record("\(name): import was accepted")
        } catch let failure as ImportFailure {
            let text = failure.issues.map(\.description).joined(separator: "\n")
            #expect(text.contains("parks.geojson"), "\(name): \(text)")
            for w in words { #expect(text.contains(w), "\(name): missing \"\(w)\" in: \(text)") }
        }
        #expect(try store.counts() == countsBefore)
        #expect(try fileDigest(tmp.path) == before, "\(name): the GeoPackage bytes changed")
    }

    @Test func idsAlreadyStoredAreAConflictAndNothingIsWritten() throws {
        let tmp = try TemporaryGeoPackage()
        let store = try PlanningStore.create(at: tmp.path)
        _ = try store.importFile(PackagePaths.geodata("parks.geojson"), as: .parks)
        let before = try fileDigest(tmp.path)
        #expect(throws: StoreError.self) { try store.importFile(PackagePaths.geodata("parks.geojson"), as: .parks) }
        #expect(try fileDigest(tmp.path) == before)
        // --replace replaces the layer instead.
        _ = try store.importFile(PackagePaths.geodata("parks.geojson"), as: .parks, mode: .replace)
        #expect(try store.counts()[.parks] == (try ShippedDataStore.featureCount("parks.geojson")))
    }

    @Test func parcelIdsAlreadyStoredAreRefusedNamingTheFileTheIdsAndWhy() throws {
        let tmp = try TemporaryGeoPackage()
        let store = try PlanningStore.create(at: tmp.path)
        let ring = "[[106.68,20.86],[106.681,20.86],[106.681,20.861],[106.68,20.861],[106.68,20.86]]"
        let file = tmp.directory.appendingPathComponent("parcels_q3.geojson")
        try Data(Self.collection([Self.feature("P-1", ring, #","land_use":"LUC","clearance":"inventoried","clearance_date":"2024-03-01""#)]).utf8).write(to: file)
        _ = try store.importFile(file, as: .parcels)
        let before = try fileDigest(tmp.path)
        do {
            _ = try store.importFile(file, as: .parcels)
            Issue.record("a parcel id already stored was imported again")
        } catch let error as StoreError {
            #expect(error.kind == .conflict)
            #expect(error.message.hasPrefix("parcels_q3.geojson: 1 id(s) already stored: \"P-1\"; nothing was written"), "\(error)")
        }
        #expect(try fileDigest(tmp.path) == before)
    }

    @Test func repairFixesABowTieAndReportsTheAreaChange() throws {
        let tmp = try TemporaryGeoPackage()
        let store = try PlanningStore.create(at: tmp.path)
        let file = tmp.directory.appendingPathComponent("bow.geojson")
        try Data(Self.collection([Self.feature("bow", "[[106.68,20.86],[106.69,20.87],[106.69,20.86],[106.68,20.87],[106.68,20.86]]")]).utf8).write(to: file)
        let report = try store.importFile(file, as: .parks, options: ImportOptions(repair: true))
        #expect(report.repairs.count == 1)
        let park = try #require(try store.parks().first)
        #expect(try park.boundary.validity().isValid)
        #expect(park.boundary.polygons.count == 2)
    }
}
