import Foundation
import PlannerApp
import TestSupport
import XCTest

/// `parkplan import parcels FILE --update` and `--replace` on PostGIS, side by side with the
/// GeoPackage store holding the same record: a resurvey (a split and a merge), a parcel
/// redrawn, one with other attributes and a status its ledger does not have, a new parcel;
/// then a layer without three parcels. The import's notices, every answer, the ledgers
/// (but for the moment the inherited entries were recorded) and the lineage are the same.
final class PostGISParcelUpdateTests: XCTestCase {
    private static func parkplan(_ args: [String]) throws -> CLIRunner.Result { try CLIRunner.run(CLIRunner.parkplan, args) }

    /// The shipped parcels' features, in file order.
    private static func shipped() throws -> [[String: Any]] {
        let data = try Data(contentsOf: Repository.root.appendingPathComponent("geodata/parcels.geojson"))
        let root = try XCTUnwrap(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        return try XCTUnwrap(root["features"] as? [[String: Any]])
    }

    private static func id(_ f: [String: Any]) -> String { (f["properties"] as? [String: Any])?["id"] as? String ?? "" }

    /// `f` with its properties changed by `change` and its ring moved by (dx, dy) degrees.
    private static func edited(_ f: [String: Any], dx: Double = 0, dy: Double = 0, _ change: (inout [String: Any]) -> Void = { _ in }) -> [String: Any] {
        var f = f
        var p = f["properties"] as! [String: Any]
        change(&p)
        f["properties"] = p
        if dx != 0 || dy != 0, var g = f["geometry"] as? [String: Any], let rings = g["coordinates"] as? [[[Double]]] {
            g["coordinates"] = rings.map { $0.map { [$0[0] + dx, $0[1] + dy] } }
            f["geometry"] = g
        }
        return f
    }

    private static func write(_ features: [[String: Any]], _ dir: URL, _ name: String) throws -> String {
        let url = dir.appendingPathComponent(name)
        try JSONSerialization.data(withJSONObject: ["type": "FeatureCollection", "features": features]).write(to: url)
        return url.path
    }

    /// A ledger's JSON without the recording moments (an import records its entries "now").
    private static func withoutMoments(_ json: String) -> String {
        json.replacingOccurrences(of: #""recorded_at":"[^"]*""#, with: #""recorded_at":"…""#, options: .regularExpression)
    }

    func testUpdatesResurveysAndReplacementsGiveTheSameRecordOnBothStores() throws {
        let (dir, gpkg) = try ShippedStore.copy()
        defer { try? FileManager.default.removeItem(at: dir) }
        let pg = try PostGISTestDatabase.freshSchema()
        defer { PostGISTestDatabase.drop(pg) }
        let copied = try Self.parkplan(["store", "copy", "--from", gpkg, "--to", pg])
        XCTAssertEqual(copied.status, 0, copied.stderr)

        let all = try Self.shipped()
        let byId = Dictionary(all.map { (Self.id($0), $0) }, uniquingKeysWith: { a, _ in a })
        let (redrawn, other) = (try XCTUnwrap(byId["TT-000020"]), try XCTUnwrap(byId["TT-000021"]))
        func child(_ id: String, of parent: String, parents: Any, dx: Double) throws -> [String: Any] {
            Self.edited(try XCTUnwrap(byId[parent]), dx: dx) { p in
                p["id"] = id
                p["parent_ids"] = parents
                p["clearance"] = "not_started"
                for k in ["clearance_date", "clearance_history"] { p[k] = nil }
            }
        }
        let update = try Self.write([
            Self.edited(redrawn, dx: 0.00005),
            Self.edited(other) { p in
                p["households"] = ((p["households"] as? Int) ?? 0) + 3
                p["clearance"] = "disputed"
                p["clearance_history"] = nil
            },
            Self.edited(redrawn, dy: 0.002) { $0["id"] = "TT-990001" },
            try child("TT-900001", of: "TT-000016", parents: "TT-000016", dx: 0),
            try child("TT-900002", of: "TT-000016", parents: ["TT-000016"], dx: 0.00001),
            try child("TT-900003", of: "TT-000017", parents: "TT-000017, TT-000018", dx: 0),
        ], dir, "update.geojson")
        var notices: [String] = []
        for store in [gpkg, pg] {
            let r = try Self.parkplan(["import", "parcels", update, "--update", "--retire-on", "2026-10-01", "--store", store])
            XCTAssertEqual(r.status, 0, "\(store): \(r.stderr)")
            notices.append(r.stdout.split(separator: "\n").dropFirst().joined(separator: "\n"))
        }
        XCTAssertEqual(notices[0], notices[1], "the notices of --update")
        for expected in ["3 parcel(s) from a resurvey", "updated by id", "differs from their ledger"] {
            XCTAssertTrue(notices[1].contains(expected), "\(expected): \(notices[1])")
        }

        // The layer again without three of its parcels: they are retired, not deleted.
        let kept = all.filter { !["TT-000030", "TT-000031", "TT-000032"].contains(Self.id($0)) }
        let replace = try Self.write(kept, dir, "replace.geojson")
        notices = []
        for store in [gpkg, pg] {
            let r = try Self.parkplan(["import", "parcels", replace, "--replace", "--retire-on", "2026-11-01", "--store", store])
            XCTAssertEqual(r.status, 0, "\(store): \(r.stderr)")
            notices.append(r.stdout.split(separator: "\n").dropFirst().joined(separator: "\n"))
        }
        XCTAssertEqual(notices[0], notices[1], "the notices of --replace")
        XCTAssertTrue(notices[1].contains("retired on 2026-11-01"), notices[1])

        let queries: [[String]] = ["2026-09-30", "2026-10-15", "2026-11-30"].flatMap { day in
            [["clearance", "--by", "commune+park", "--as-of", day], ["clearance", "--by", "park", "--dedupe", "--as-of", day],
             ["clearance", "--overdue", "--as-of", day], ["parks", "--as-of", day]]
        } + [["overlaps", "--layer", "parcels"], ["parcel-gaps"], ["layers"]]
        XCTAssertEqual(try SameAnswers.compareJSON(queries, gpkg, pg), queries.count)
        for parcel in ["TT-900001", "TT-900003", "TT-000016", "TT-000021", "TT-990001", "TT-000030"] {
            let a = try Self.parkplan(["clearance", "history", parcel, "--format", "json", "--store", gpkg])
            let b = try Self.parkplan(["clearance", "history", parcel, "--format", "json", "--store", pg])
            XCTAssertEqual(b.status, 0, b.stderr)
            XCTAssertTrue(a.stdout.contains(parcel), a.stdout)
            XCTAssertEqual(Self.withoutMoments(a.stdout), Self.withoutMoments(b.stdout), "history of \(parcel)")
        }
        let lineage = try PostGISTestDatabase.query(pg, """
            SELECT child_id || '<' || parent_id || '@' || resurveyed_on FROM parcel_lineage ORDER BY child_id, parent_id
            """)
        XCTAssertEqual(lineage, ["TT-900001<TT-000016@2026-10-01", "TT-900002<TT-000016@2026-10-01",
                                 "TT-900003<TT-000017@2026-10-01", "TT-900003<TT-000018@2026-10-01"])
    }

    func testAResurveyOfAnUnknownParentIsRefusedAndWritesNothing() throws {
        let (dir, gpkg) = try ShippedStore.copy()
        defer { try? FileManager.default.removeItem(at: dir) }
        let pg = try PostGISTestDatabase.freshSchema()
        defer { PostGISTestDatabase.drop(pg) }
        XCTAssertEqual(try Self.parkplan(["store", "copy", "--from", gpkg, "--to", pg]).status, 0)
        let before = try Self.parkplan(["clearance", "--by", "park", "--format", "json", "--store", pg])
        let parent = try XCTUnwrap(try Self.shipped().first)
        let file = try Self.write([
            Self.edited(parent, dx: 0.00003),
            Self.edited(parent) { p in p["id"] = "TT-980001"; p["parent_ids"] = "TT-NO-SUCH" },
        ], dir, "bad.geojson")
        for store in [gpkg, pg] {
            let r = try Self.parkplan(["import", "parcels", file, "--update", "--store", store])
            XCTAssertNotEqual(r.status, 0, "\(store): \(r.stdout)")
            XCTAssertTrue(r.stderr.contains("TT-NO-SUCH") && r.stderr.contains("nothing was written"), "\(store): \(r.stderr)")
        }
        XCTAssertEqual(try Self.parkplan(["clearance", "--by", "park", "--format", "json", "--store", pg]).stdout, before.stdout)
        XCTAssertEqual(try PostGISTestDatabase.query(pg, "SELECT count(*)::text FROM parcels WHERE parcel_id = 'TT-980001'"), ["0"])
    }
}
