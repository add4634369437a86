import Foundation
import Planner
import PlannerApp
@testable import PlannerPostGIS
import TestSupport
import XCTest

/// Importing straight into PostGIS (`parkplan import LAYER FILE --store postgresql://…`,
/// ``PlannerPostGIS/PostGISStore``'s `LayerWriting`): the shipped files imported into a
/// fresh schema through the CLI answer every query of the differential as the GeoPackage
/// store imported from the same files does, byte for byte; units re-imported with
/// `--replace` re-apportion parks and parcels as on the GeoPackage store; a refused import
/// writes nothing (parcels by id and resurveys: ``PostGISParcelUpdateTests``).
final class PostGISImportTests: XCTestCase {
    nonisolated(unsafe) private static var imported: Result<String, any Error>?

    /// The shipped files imported into a fresh schema through the CLI, in the product's
    /// order (``ShippedData/files``), once for the class.
    private static func store() throws -> String {
        if let imported { return try imported.get() }
        let result = Result { () throws -> String in
            let url = try PostGISTestDatabase.freshSchema()
            for entry in ShippedData.files {
                let r = try CLIRunner.run(CLIRunner.parkplan, importArguments(entry, store: url))
                guard r.status == 0 else { throw CLIFailure("import \(entry.file) into PostGIS failed (\(r.status)): \(r.stderr)") }
                guard r.stdout.contains("into postgresql://"), !r.stdout.contains(":\(ProcessInfo.processInfo.environment["PGPASSWORD"] ?? "")@") else {
                    throw CLIFailure("the summary names the store without its password: \(r.stdout)")
                }
            }
            return url
        }
        imported = result
        return try result.get()
    }

    override class func tearDown() {
        if case .success(let url) = imported { PostGISTestDatabase.drop(url) }
        super.tearDown()
    }

    private static func importArguments(_ entry: (layer: PlanningLayer, file: String, level: UnitLevel?), store: String) -> [String] {
        ["import", entry.layer.rawValue, Repository.root.appendingPathComponent("geodata/\(entry.file)").path, "--store", store]
            + (entry.level.map { ["--level", $0.rawValue] } ?? [])
    }

    func testTheShippedFilesImportedIntoPostGISAnswerAsTheGeoPackageStore() throws {
        let pg = try Self.store()
        let parcels = try PostGISTestDatabase.query(pg, "SELECT count(*)::text FROM parcels").first ?? nil
        XCTAssertEqual(parcels, String(try PlanningStores.open(at: try ShippedStore.path).parcels().count))
        let state = try PostGISTestDatabase.query(pg, "SELECT (geometry_version = pairs_version)::text FROM parcel_overlaps_state")
        XCTAssertEqual(state, ["true"], "the overlap pairs are written and current after the import")
        let queries = Self.queries
        XCTAssertGreaterThanOrEqual(queries.count, 12)
        XCTAssertEqual(try SameAnswers.compareJSON(queries, try ShippedStore.path, pg), queries.count)
    }

    /// The differential's queries that read each layer and table an import writes (parks and
    /// their shares, units, zones, works, tasks and their parks, parcels with their shares,
    /// ledgers and overlap pairs); the rest of the list reads the same rows again.
    static let queries: [[String]] = DifferentialQueryTests.queries.filter { q in
        [["parks", "--as-of", "2026-11-30"], ["clearance", "--by", "district"], ["clearance", "--by", "commune+park"],
         ["clearance", "--by", "park", "--dedupe"], ["clearance", "--overdue"], ["gaps", "--utility", "all"], ["utility-plans"],
         ["overlaps", "--layer", "parcels"], ["overlaps", "--layer", "parks", "--against", "zones"], ["parcel-gaps"], ["tasks"], ["layers"],
        ].contains { $0 == Array(q.prefix($0.count)) }
    }

    func testUnitsReplacedReapportionParksAndParcelsAsOnTheGeoPackage() throws {
        let (folder, gpkg) = try ShippedStore.copy()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = try PostGISTestDatabase.freshSchema()
        defer { PostGISTestDatabase.drop(url) }
        let copied = try CLIRunner.run(CLIRunner.parkplan, ["store", "copy", "--from", gpkg, "--to", url])
        XCTAssertEqual(copied.status, 0, copied.stderr)
        // The communes again, without the one holding most parcels: they lose that share.
        let busiest = try XCTUnwrap(try PostGISTestDatabase.query(url, """
            SELECT unit_id FROM parcel_units WHERE unit_level = 'commune' GROUP BY unit_id ORDER BY count(*) DESC, unit_id LIMIT 1
            """).first ?? nil)
        let communes = try String(contentsOf: Repository.root.appendingPathComponent("geodata/units_communes.geojson"), encoding: .utf8)
        let fewer = try Self.without(busiest, communes)
        let file = folder.appendingPathComponent("communes-fewer.geojson")
        try fewer.write(to: file, atomically: true, encoding: .utf8)
        for store in [gpkg, url] {
            let r = try CLIRunner.run(CLIRunner.parkplan, ["import", "units", file.path, "--level", "commune", "--replace", "--store", store])
            XCTAssertEqual(r.status, 0, "\(store): \(r.stderr)")
        }
        let queries = [["clearance", "--by", "commune", "--as-of", "2026-09-30"], ["clearance", "--by", "commune+park", "--as-of", "2026-09-30"],
                       ["clearance", "--by", "district", "--as-of", "2026-09-30"], ["parks", "--as-of", "2026-09-30"]]
        XCTAssertEqual(try SameAnswers.compareJSON(queries, gpkg, url), queries.count)
        let before = try CLIRunner.run(CLIRunner.parkplan, ["clearance", "--by", "commune", "--format", "json", "--store", try ShippedStore.path])
        let after = try CLIRunner.run(CLIRunner.parkplan, ["clearance", "--by", "commune", "--format", "json", "--store", url])
        XCTAssertNotEqual(before.stdout, after.stdout, "one commune fewer changes the table")
    }

    func testARefusedImportWritesNothing() throws {
        let url = try PostGISTestDatabase.freshSchema()
        defer { PostGISTestDatabase.drop(url) }
        for entry in ShippedData.files.prefix(3) {
            let r = try CLIRunner.run(CLIRunner.parkplan, Self.importArguments(entry, store: url))
            XCTAssertEqual(r.status, 0, r.stderr)
        }
        let layers = try CLIRunner.run(CLIRunner.parkplan, ["layers", "--format", "json", "--store", url])
        XCTAssertEqual(layers.status, 0, layers.stderr)
        // The parks again: every id is already stored.
        let again = try CLIRunner.run(CLIRunner.parkplan, Self.importArguments(ShippedData.files[2], store: url))
        XCTAssertNotEqual(again.status, 0)
        XCTAssertTrue(again.stderr.contains("already stored") && again.stderr.contains("nothing was written"), again.stderr)
        XCTAssertFalse(again.stderr.contains(":\(ProcessInfo.processInfo.environment["PGPASSWORD"] ?? "")@"), "no password in messages")
        XCTAssertEqual(try CLIRunner.run(CLIRunner.parkplan, ["layers", "--format", "json", "--store", url]).stdout, layers.stdout,
                       "the store is as it was")
        // Parcels, then the same parcels again: refused, the first import kept whole.
        let parcels = ShippedData.files.first { $0.layer == .parcels }!
        XCTAssertEqual(try CLIRunner.run(CLIRunner.parkplan, Self.importArguments(parcels, store: url)).status, 0)
        let layers2 = try CLIRunner.run(CLIRunner.parkplan, ["layers", "--format", "json", "--store", url])
        let twice = try CLIRunner.run(CLIRunner.parkplan, Self.importArguments(parcels, store: url))
        XCTAssertNotEqual(twice.status, 0)
        XCTAssertTrue(twice.stderr.contains("2500 id(s) already stored"), twice.stderr)
        XCTAssertEqual(try CLIRunner.run(CLIRunner.parkplan, ["layers", "--format", "json", "--store", url]).stdout, layers2.stdout)
        XCTAssertNotEqual(layers2.stdout, layers.stdout, "the parcels were imported")
        XCTAssertEqual(try PostGISTestDatabase.query(url, "SELECT count(*)::text FROM parcels"), ["2500"])
    }

    /// While an import holds its table's lock (``PostGISStore/lock(_:_:)``, held here in an
    /// open transaction), a reader answers as before, and a writer of a parcel waits (here it
    /// gives up after its `lock_timeout`). A reader that waited would be killed by `timeout`.
    func testAnImportsLockLetsReadersThroughAndHoldsWritersBack() throws {
        let url = try Self.store()
        let read = ["/usr/bin/timeout", "60", CLIRunner.parkplan, "clearance", "--by", "park", "--format", "json", "--store", url]
        let before = try CLIRunner.run(read[0], Array(read.dropFirst()))
        XCTAssertEqual(before.status, 0, before.stderr)
        let location = try PostGISLocation(url)
        let base = try XCTUnwrap(url.components(separatedBy: "?").first)
        try PostGISConnection(location).transaction("holding an import's lock") { db in
            try PostGISStore.lock(.parcels, db)
            let during = try CLIRunner.run(read[0], Array(read.dropFirst()))
            XCTAssertEqual(during.status, 0, "the reader waited or failed: \(during.stderr)")
            XCTAssertEqual(during.stdout, before.stdout)
            let write = try CLIRunner.run("/usr/bin/env", ["psql", "-q", "-v", "ON_ERROR_STOP=1", base, "-c",
                                                           "SET lock_timeout = '300ms'; SET search_path TO \"\(location.schema)\", public; "
                                                           + "SELECT parcel_id FROM parcels ORDER BY parcel_id LIMIT 1 FOR UPDATE"])
            XCTAssertNotEqual(write.status, 0, "a writer got the parcel's row lock: \(write.stdout)")
            XCTAssertTrue(write.stderr.contains("lock timeout"), write.stderr)
        }
    }

    /// `collection` (a GeoJSON FeatureCollection's text, one feature a line as the shipped
    /// files keep them) without the feature `id`.
    static func without(_ id: String, _ collection: String) throws -> String {
        var lines = collection.components(separatedBy: "\n")
        guard let line = lines.firstIndex(where: { $0.hasPrefix("{\"type\":\"Feature\",\"id\":\"\(id)\"") }) else {
            throw CLIFailure("no feature \(id) in the communes file")
        }
        lines.remove(at: line)
        if line < lines.count, !lines[line].hasPrefix("{") {
            // The last feature went: the one before it no longer takes a comma.
            if lines[line - 1].hasSuffix(",") { lines[line - 1].removeLast() }
        }
        return lines.joined(separator: "\n")
    }
}
