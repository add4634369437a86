import Foundation
import Planner
import PlannerApp
import PlannerStore
import TestSupport
import XCTest

/// `parkplan store copy` both ways: the shipped store with a later history (changes, a
/// correction going backwards, a void, a resurvey with its lineage), copied into PostGIS and
/// back into a new GeoPackage, answers every query and exports every layer byte for byte as
/// the store it started from, as the record stands now and as it stood at earlier moments.
final class StoreCopyBackTests: XCTestCase {
    /// The store started from, its copy in PostGIS, the GeoPackage copied back, and moments
    /// of the record before and in the middle of the later changes.
    struct Stores {
        var original: String
        var pg: String
        var back: String
        var folder: URL
        var beforeChanges: String
        var midway: String
        var changed: [String]
    }

    nonisolated(unsafe) private static var copied: Result<Stores, any Error>?

    private static func parkplan(_ arguments: [String]) throws -> CLIRunner.Result {
        try CLIRunner.run(CLIRunner.parkplan, arguments)
    }

    private static func succeed(_ arguments: [String]) throws {
        let r = try parkplan(arguments)
        guard r.status == 0 else { throw CLIFailure("\(arguments.joined(separator: " ")) failed (\(r.status)): \(r.stderr)") }
    }

    /// A moment of the record now, as `--as-recorded` takes it, a little apart from the entries around it.
    private static func moment() -> String {
        Thread.sleep(forTimeInterval: 0.05)
        defer { Thread.sleep(forTimeInterval: 0.05) }
        return RecordedTime(milliseconds: RecordedTime.now.milliseconds).description
    }

    /// A resurvey merging two shipped parcels (the first one's outline, both as parents).
    private static func resurveyFile(in folder: URL) throws -> String {
        let data = try Data(contentsOf: Repository.geodata("parcels.geojson"))
        let root = try XCTUnwrap(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let features = try XCTUnwrap(root["features"] as? [[String: Any]])
        var merged = try XCTUnwrap(features.first { ($0["properties"] as? [String: Any])?["id"] as? String == "TT-000017" })
        var properties = try XCTUnwrap(merged["properties"] as? [String: Any])
        properties["id"] = "TT-900003"
        properties["parent_ids"] = "TT-000017, TT-000018"
        properties["clearance"] = "not_started"
        for key in ["clearance_date", "clearance_history"] { properties[key] = nil }
        merged["properties"] = properties
        let url = folder.appendingPathComponent("resurvey.geojson")
        try JSONSerialization.data(withJSONObject: ["type": "FeatureCollection", "features": [merged]]).write(to: url)
        return url.path
    }

    private static func copy() throws -> Stores {
        if let copied { return try copied.get() }
        let result = Result { () throws -> Stores in
            let (folder, original) = try ShippedStore.copy()
            let open = try PlanningStores.open(at: original).parcels().filter { $0.ledgerEntries.isEmpty && $0.retiredOn == nil }
                .prefix(3).map(\.id)
            guard open.count == 3 else { throw CLIFailure("the shipped data has too few parcels without history") }
            let board = ["--by", "Ban GPMB huyện Tiên Lãng"]
            let beforeChanges = moment()
            try succeed(["clearance", "set", open[0], "inventoried", "--date", "2026-10-01"] + board + ["--store", original])
            try succeed(["clearance", "set", open[0], "compensated", "--date", "2026-10-05", "--note", "QĐ 1234/QĐ-UBND"] + board + ["--store", original])
            try succeed(["clearance", "set", open[1], "inventoried", "--date", "2026-10-02"] + board + ["--store", original])
            let midway = moment()
            try succeed(["clearance", "set", open[0], "plan_approved", "--date", "2026-10-20", "--reason", "payment returned"] + board + ["--store", original])
            try succeed(["clearance", "void", "\(open[1])/1", "--reason", "wrong parcel"] + board + ["--store", original])
            try succeed(["clearance", "set", open[2], "disputed", "--date", "2026-10-03"] + board + ["--store", original])
            try succeed(["import", "parcels", try resurveyFile(in: folder), "--update", "--retire-on", "2026-10-01", "--store", original])
            let pg = try PostGISTestDatabase.freshSchema()
            try succeed(["store", "copy", "--from", original, "--to", pg])
            let back = folder.appendingPathComponent("back.gpkg").path
            try succeed(["store", "copy", "--from", pg, "--to", back])
            return Stores(original: original, pg: pg, back: back, folder: folder, beforeChanges: beforeChanges, midway: midway,
                          changed: open + ["TT-900003", "TT-000017", "TT-000018"])
        }
        copied = result
        return try result.get()
    }

    override class func tearDown() {
        if case .success(let stores) = copied { PostGISTestDatabase.drop(stores.pg) }
        super.tearDown()
    }

    func testEveryQueryGivesTheSameJSONAfterACopyAndACopyBack() throws {
        let stores = try Self.copy()
        let queries = DifferentialQueryTests.queries(asRecorded: stores.beforeChanges)
            + DifferentialQueryTests.queries(asRecorded: stores.midway).suffix(2)
            + [["clearance", "--overdue", "--as-of", "2026-11-30"], ["clearance", "--by", "park", "--as-of", "2026-11-30"]]
        XCTAssertEqual(try SameAnswers.compareJSON(queries, stores.original, stores.back), queries.count)
    }

    func testExportIsByteIdenticalAfterACopyAndACopyBack() throws {
        let stores = try Self.copy()
        for day in ["2026-09-30", "2026-11-30"] {
            let files = try SameAnswers.compareExports(stores.original, stores.back, asOf: day)
            XCTAssertTrue(files.contains("parks.geojson") && files.contains("units.geojson"), "\(files)")
        }
    }

    func testTheWholeLedgerAndTheLineageComeBack() throws {
        let stores = try Self.copy()
        try SameAnswers.compareHistories(stores.changed, stores.original, stores.back)
        let a = try PlanningStore.open(at: stores.original).parcels(), b = try PlanningStore.open(at: stores.back).parcels()
        XCTAssertEqual(a.map(\.ledgerEntries), b.map(\.ledgerEntries), "every entry, with its recording moment")
        let child = try XCTUnwrap(b.first { $0.id == "TT-900003" })
        XCTAssertEqual(child.parentIds, ["TT-000017", "TT-000018"])
        XCTAssertEqual(child.lineageRecordedAt, a.first { $0.id == "TT-900003" }?.lineageRecordedAt)
        XCTAssertNotNil(child.lineageRecordedAt)
        XCTAssertEqual(b.first { $0.id == "TT-000018" }?.retiredOn, try LocalDate(iso: "2026-10-01"))
    }

    func testATargetHoldingARecordIsRefusedAndLeftAsItWas() throws {
        let stores = try Self.copy()
        let layers = try Self.parkplan(["layers", "--format", "json", "--store", stores.back]).stdout
        let intoFile = try Self.parkplan(["store", "copy", "--from", stores.pg, "--to", stores.back])
        XCTAssertEqual(intoFile.status, 1, intoFile.stderr)
        XCTAssertTrue(intoFile.stderr.contains("already holds a record"), intoFile.stderr)
        XCTAssertEqual(try Self.parkplan(["layers", "--format", "json", "--store", stores.back]).stdout, layers)
        let intoDatabase = try Self.parkplan(["store", "copy", "--from", stores.original, "--to", stores.pg])
        XCTAssertEqual(intoDatabase.status, 1, intoDatabase.stderr)
        XCTAssertTrue(intoDatabase.stderr.contains("already holds a record"), intoDatabase.stderr)
    }

    func testAnEmptyGeoPackageStoreTakesTheCopy() throws {
        let stores = try Self.copy()
        let empty = stores.folder.appendingPathComponent("empty-\(UUID().uuidString).gpkg").path
        try PlanningStore.create(at: empty).close()
        let report = try RecordCopy().run(from: stores.pg, to: empty)
        XCTAssertEqual(report.rows.first { $0.table == "parcels" }?.count, try PlanningStore.open(at: stores.original).parcels().count)
        XCTAssertEqual(report.rows.map(\.table), ["parks", "park_units", "admin_units", "land_use_zones", "infrastructure",
                                                  "plan_tasks", "task_parks", "parcels", "parcel_units", "clearance_events",
                                                  "parcel_lineage"])
        try SameAnswers.compareJSON([["clearance", "--by", "commune", "--as-of", "2026-11-30"]], stores.original, empty)
    }
}
