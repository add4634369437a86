import Foundation
import TestSupport
import XCTest

/// Every read query of the CLI, run on the shipped GeoPackage store and on its copy in
/// PostGIS (`parkplan store copy`): the JSON answers and the exported files must be
/// identical byte for byte.
final class DifferentialQueryTests: XCTestCase {
    nonisolated(unsafe) private static var copied: Result<String, any Error>?

    /// The shipped store copied into a fresh schema once for the class, through the CLI.
    private static func copy() throws -> String {
        if let copied { return try copied.get() }
        let result = Result { () throws -> String in
            let url = try PostGISTestDatabase.freshSchema()
            let r = try CLIRunner.run(CLIRunner.parkplan, ["store", "copy", "--from", try ShippedStore.path, "--to", url])
            guard r.status == 0 else { throw CLIFailure("store copy failed (\(r.status)): \(r.stderr)") }
            return url
        }
        copied = result
        return try result.get()
    }

    override class func tearDown() {
        if case .success(let url) = copied { PostGISTestDatabase.drop(url) }
        super.tearDown()
    }

    static let asOf = ["--as-of", "2026-09-30"]
    static let queries: [[String]] = [
        ["parks"] + asOf,
        ["parks", "--as-of", "2025-09-30"],
        ["clearance", "--by", "district"] + asOf,
        ["clearance", "--by", "commune"] + asOf,
        ["clearance", "--by", "park"] + asOf,
        ["clearance", "--by", "commune+park"] + asOf,
        ["clearance", "--by", "park", "--dedupe"] + asOf,
        ["clearance", "--overdue"] + asOf,
        ["clearance", "--overdue", "--park", "Tien Thanh"] + asOf,
        ["gaps", "--utility", "power"] + asOf,
        ["gaps", "--utility", "water", "--planned"] + asOf,
        ["gaps", "--utility", "telecom", "--cleared-only"] + asOf,
        ["gaps", "--utility", "all"] + asOf,
        ["utility-plans"] + asOf,
        ["overlaps", "--layer", "parcels", "--min-area", "1"],
        ["overlaps", "--layer", "parks"],
        ["overlaps", "--layer", "parks", "--against", "zones", "--land-use", "LUC,RPH"],
        ["overlaps", "--layer", "units:district"],
        ["parcel-gaps", "--mode", "enclosed", "--min-area", "10"],
        ["tasks"],
        ["tasks", "--section", "power"],
        ["layers"],
    ]

    /// The part of the two outputs where they first differ, for the failure message.
    private func firstDifference(_ a: String, _ b: String) -> String {
        let common = zip(a, b).prefix { $0 == $1 }.count
        let from = max(0, common - 80)
        return "GeoPackage: …\(a.dropFirst(from).prefix(200))…\nPostGIS:    …\(b.dropFirst(from).prefix(200))…"
    }

    func testEveryReadQueryGivesTheSameJSONOnBothStores() throws {
        let pg = try Self.copy(), gpkg = try ShippedStore.path
        var same = 0
        for query in Self.queries {
            let a = try CLIRunner.run(CLIRunner.parkplan, query + ["--format", "json", "--store", gpkg])
            let b = try CLIRunner.run(CLIRunner.parkplan, query + ["--format", "json", "--store", pg])
            let name = query.joined(separator: " ")
            XCTAssertEqual(a.status, 0, "\(name) on the GeoPackage store: \(a.stderr)")
            XCTAssertEqual(b.status, 0, "\(name) on the PostGIS store: \(b.stderr)")
            XCTAssertTrue(a.stdout.contains("\"rows\""), "\(name) wrote no JSON rows: \(a.stdout.prefix(200))")
            if a.stdout == b.stdout { same += 1 } else { XCTFail("\(name) differs:\n\(firstDifference(a.stdout, b.stdout))") }
        }
        XCTAssertEqual(same, Self.queries.count)
    }

    func testExportWritesTheSameFilesFromBothStores() throws {
        let pg = try Self.copy(), gpkg = try ShippedStore.path
        let folder = try Scratch.folder("parkplan-postgis-export")
        let a = folder.appendingPathComponent("gpkg"), b = folder.appendingPathComponent("pg")
        for (store, out) in [(gpkg, a), (pg, b)] {
            let r = try CLIRunner.run(CLIRunner.parkplan, ["export"] + Self.asOf + ["-o", out.path, "--store", store])
            XCTAssertEqual(r.status, 0, "export from \(store): \(r.stderr)")
        }
        let files = try FileManager.default.contentsOfDirectory(atPath: a.path).sorted()
        XCTAssertEqual(files, try FileManager.default.contentsOfDirectory(atPath: b.path).sorted())
        XCTAssertTrue(files.contains("parcels.geojson"), "export wrote \(files)")
        for file in files {
            let x = try Data(contentsOf: a.appendingPathComponent(file)), y = try Data(contentsOf: b.appendingPathComponent(file))
            XCTAssertFalse(x.isEmpty, file)
            XCTAssertTrue(x == y, "\(file) differs (\(x.count) vs \(y.count) bytes)")
        }
    }

    func testParcelHistoryIsCopiedWhole() throws {
        let pg = try Self.copy(), gpkg = try ShippedStore.path
        let parcel = try XCTUnwrap(PostGISTestDatabase.query(pg, """
            SELECT parcel_id FROM clearance_events GROUP BY parcel_id ORDER BY count(*) DESC, parcel_id LIMIT 1
            """).first ?? nil)
        let a = try CLIRunner.run(CLIRunner.parkplan, ["clearance", "history", parcel, "--format", "json", "--store", gpkg])
        let b = try CLIRunner.run(CLIRunner.parkplan, ["clearance", "history", parcel, "--format", "json", "--store", pg])
        XCTAssertEqual(a.status, 0, a.stderr)
        XCTAssertTrue(a.stdout.contains(parcel))
        XCTAssertEqual(a.stdout, b.stdout)
    }
}
