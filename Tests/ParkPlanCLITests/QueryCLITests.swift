import Foundation
import Testing
import TestSupport

/// The `--format json` contract through the built binary (answers known by hand are
/// asked of the use cases in process: PlannerAppTests/HandMadeAnswerTests).
@Suite struct QueryCLITests {
    static func json(_ args: [String]) throws -> [String: Any] {
        let r = try CLIRunner.run(CLIRunner.parkplan, args + ["--format", "json"])
        guard r.status == 0 else { throw CLIFailure("\(args): \(r.stderr)") }
        return try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [String: Any]
    }

    static func rows(_ object: [String: Any]) -> [[String: Any]] { object["rows"] as? [[String: Any]] ?? [] }

    @Test func unknownParkSuggestsTheClosestName() throws {
        let store = try ShippedStore.path
        let r = try CLIRunner.run(CLIRunner.parkplan, ["gaps", "--park", "Tien Thanhh", "--store", store])
        #expect(r.status != 0)
        #expect(r.stderr.contains("unknown park") && r.stderr.contains("did you mean"), "\(r.stderr)")
    }

    @Test func shippedDataContract() throws {
        let store = try ShippedStore.path
        let o = try Self.json(["overlaps", "--layer", "parks", "--store", store])
        for row in Self.rows(o) { for key in ["a", "b", "layer_a", "layer_b", "area_m2"] { #expect(row[key] != nil, "overlaps.\(key)") } }
        let c = try Self.json(["clearance", "--by", "commune", "--as-of", "2026-09-30", "--store", store])
        #expect(!Self.rows(c).isEmpty)
        for row in Self.rows(c) {
            for key in ["unit", "total_m2", "cleared_m2", "percent", "overdue_parcels", "overdue_m2"] { #expect(row[key] != nil, "clearance.\(key)") }
            #expect((0...100).contains(row["percent"] as? Double ?? -1))
        }
        // The overdue parcels are counted beside the totals, not listed (that is `clearance --overdue`).
        #expect(c["overdue"] == nil)
        let totals = c["totals"] as? [String: Any]
        func number(_ v: Any?) -> Double { (v as? Double) ?? (v as? Int).map(Double.init) ?? (v as? NSNumber)?.doubleValue ?? 0 }
        #expect(number(totals?["overdue_parcels"]) > 0 && number(totals?["overdue_m2"]) > 0)
        let g = try Self.json(["gaps", "--park", "An Hoa", "--as-of", "2026-09-30", "--store", store])
        #expect(Self.rows(g).count == 3)
        for row in Self.rows(g) {
            for key in ["park", "utility", "park_m2", "covered_m2", "gap_m2"] { #expect(row[key] != nil, "gaps.\(key)") }
            let park = row["park_m2"] as? Double ?? 0, covered = row["covered_m2"] as? Double ?? 0, gap = row["gap_m2"] as? Double ?? 0
            #expect(abs(park - covered - gap) < 1e-3)
        }
        let water = Self.rows(g).first { $0["utility"] as? String == "water" }
        #expect(abs((water?["gap_share"] as? Double ?? 0) - 1) < 1e-9, "An Hòa has no water work")
        // GeoJSON of a query is RFC 7946 too.
        let geo = try CLIRunner.run(CLIRunner.parkplan, ["gaps", "--park", "an-hoa", "--format", "geojson", "--store", store])
        #expect(RFC7946Check.problems(geo.stdout).isEmpty)
        // CSV has a header and one line per row.
        let csv = try CLIRunner.run(CLIRunner.parkplan, ["gaps", "--park", "an-hoa", "--format", "csv", "--store", store])
        #expect(csv.stdout.hasPrefix("park,utility,park_m2,covered_m2,gap_m2"))
        #expect(csv.stdout.split(separator: "\r\n").count == 4)
    }
}
