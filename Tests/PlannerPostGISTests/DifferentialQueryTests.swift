import Foundation
import Planner
import PlannerApp
import TestSupport
import XCTest

/// Every read query of the CLI, run on the shipped GeoPackage store and on its copy in
/// PostGIS (`parkplan store copy`): the JSON answers and the exported files must be
/// identical byte for byte.
final class DifferentialQueryTests: XCTestCase {
    /// The two stores compared, and a moment between the import and the later changes.
    struct Stores {
        var gpkg: String
        var pg: String
        var beforeChanges: String
    }

    nonisolated(unsafe) private static var copied: Result<Stores, any Error>?

    /// The shipped store with a later history (a change, a change then voided), copied into a
    /// fresh schema once for the class, through the CLI.
    private static func copy() throws -> Stores {
        if let copied { return try copied.get() }
        let result = Result { () throws -> Stores in
            let (_, gpkg) = try ShippedStore.copy()
            let open = try PlanningStores.open(at: gpkg).parcels().filter { $0.ledgerEntries.isEmpty }.prefix(2).map(\.id)
            guard open.count == 2 else { throw CLIFailure("the shipped data has no parcel without history") }
            let beforeChanges = RecordedTime(milliseconds: RecordedTime.now.milliseconds).description
            Thread.sleep(forTimeInterval: 0.05)
            let steps: [[String]] = [
                ["clearance", "set", open[0], "inventoried", "--date", "2026-10-01", "--by", "Ban GPMB huyện Tiên Lãng"],
                ["clearance", "set", open[1], "inventoried", "--date", "2026-10-02", "--by", "Ban GPMB huyện Tiên Lãng"],
                ["clearance", "void", "\(open[1])/1", "--reason", "wrong parcel", "--by", "Ban GPMB"],
            ]
            for step in steps {
                let r = try CLIRunner.run(CLIRunner.parkplan, step + ["--store", gpkg])
                guard r.status == 0 else { throw CLIFailure("\(step.joined(separator: " ")) failed: \(r.stderr)") }
            }
            let url = try PostGISTestDatabase.freshSchema()
            let r = try CLIRunner.run(CLIRunner.parkplan, ["store", "copy", "--from", gpkg, "--to", url])
            guard r.status == 0 else { throw CLIFailure("store copy failed (\(r.status)): \(r.stderr)") }
            return Stores(gpkg: gpkg, pg: url, beforeChanges: beforeChanges)
        }
        copied = result
        return try result.get()
    }

    override class func tearDown() {
        if case .success(let stores) = copied { PostGISTestDatabase.drop(stores.pg) }
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
        ["parks", "--as-of", "2026-11-30"],
        ["clearance", "--by", "district", "--as-of", "2026-11-30"],
        ["clearance", "--by", "commune+park", "--as-of", "2026-11-30"],
        ["utility-plans", "--as-of", "2026-11-30"],
    ]

    /// ``queries`` and the as-recorded questions asked at `moment` (a moment of the record
    /// between entries, as `--as-recorded` takes it).
    static func queries(asRecorded moment: String) -> [[String]] {
        let asRecorded = ["--as-recorded", moment]
        return queries + [["clearance", "--by", "district", "--as-of", "2026-11-30"] + asRecorded,
                          ["parks", "--as-of", "2026-11-30"] + asRecorded]
    }

    func testEveryReadQueryGivesTheSameJSONOnBothStores() throws {
        let stores = try Self.copy()
        let queries = Self.queries(asRecorded: stores.beforeChanges)
        XCTAssertEqual(try SameAnswers.compareJSON(queries, stores.gpkg, stores.pg), queries.count)
    }

    func testExportWritesTheSameFilesFromBothStores() throws {
        let stores = try Self.copy()
        try SameAnswers.compareExports(stores.gpkg, stores.pg, asOf: "2026-11-30")
    }

    func testAVoidedChangeIsCopiedWithItsVoid() throws {
        let stores = try Self.copy()
        let voided = try XCTUnwrap(PostGISTestDatabase.query(stores.pg, "SELECT parcel_id FROM clearance_events WHERE voids IS NOT NULL").first ?? nil)
        let a = try CLIRunner.run(CLIRunner.parkplan, ["clearance", "history", voided, "--format", "json", "--store", stores.gpkg])
        let b = try CLIRunner.run(CLIRunner.parkplan, ["clearance", "history", voided, "--format", "json", "--store", stores.pg])
        XCTAssertEqual(b.status, 0, b.stderr)
        XCTAssertTrue(b.stdout.contains("wrong parcel"), b.stdout)
        XCTAssertEqual(a.stdout, b.stdout)
    }

    func testParcelHistoryIsCopiedWhole() throws {
        let stores = try Self.copy(), pg = stores.pg, gpkg = stores.gpkg
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
