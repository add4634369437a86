import Foundation
import GRDB
import Testing
import TestSupport

/// Issue #12, item 4: a resurvey that splits or merges parcels, handed over as a parcel
/// layer whose new parcels name their `parent_ids`, keeps the lineage and the record.
@Suite struct LineageCLITests {
    private static func parkplan(_ args: [String]) throws -> CLIRunner.Result { try CLIRunner.run(CLIRunner.parkplan, args) }

    /// The shipped parcel's feature, as a dictionary.
    private static func shipped() throws -> [String: [String: Any]] {
        let data = try Data(contentsOf: URL(fileURLWithPath: CLIRunner.geodata("parcels.geojson")))
        let root = try JSONSerialization.jsonObject(with: data) as! [String: Any]
        var out: [String: [String: Any]] = [:]
        for f in root["features"] as! [[String: Any]] { out[(f["properties"] as! [String: Any])["id"] as! String] = f }
        return out
    }

    /// A new parcel cut from `parent`'s bounding box (left or right half, or whole), naming `parents`.
    private static func child(_ id: String, of parent: [String: Any], half: Int?, parents: Any) -> [String: Any] {
        var f = parent
        var p = parent["properties"] as! [String: Any]
        p["id"] = id
        p["parent_ids"] = parents
        p["clearance"] = "not_started"
        for k in ["clearance_date", "clearance_history"] { p[k] = nil }
        f["properties"] = p
        if let half {
            let ring = ((parent["geometry"] as! [String: Any])["coordinates"] as! [[[Double]]])[0]
            let xs = ring.map { $0[0] }, ys = ring.map { $0[1] }
            let (x0, x1, y0, y1) = (xs.min()!, xs.max()!, ys.min()!, ys.max()!)
            let mid = (x0 + x1) / 2
            let (a, b) = half == 0 ? (x0, mid) : (mid, x1)
            f["geometry"] = ["type": "Polygon", "coordinates": [[[a, y0], [b, y0], [b, y1], [a, y1], [a, y0]]]]
        }
        return f
    }

    private static func write(_ features: [[String: Any]], _ dir: URL, _ name: String) throws -> String {
        let url = dir.appendingPathComponent(name)
        try JSONSerialization.data(withJSONObject: ["type": "FeatureCollection", "features": features]).write(to: url)
        return url.path
    }

    private static func lineage(_ store: String) throws -> [String] {
        try DatabaseQueue(path: store).read { db in
            try Row.fetchAll(db, sql: "SELECT child_id, parent_id, resurveyed_on FROM parcel_lineage ORDER BY child_id, parent_id")
                .map { "\($0[0] as String)<\($0[1] as String)@\($0[2] as String)" }
        }
    }

    private static func retired(_ store: String, _ id: String) throws -> String? {
        try DatabaseQueue(path: store).read { try String.fetchOne($0, sql: "SELECT retired_on FROM parcels WHERE parcel_id = ?", arguments: [id]) }
    }

    @Test func aSplitAndAMergeKeepTheRecordBeforeAndInheritTheStatusAfter() throws {
        let (dir, store) = try ShippedStore.copy()
        let parcels = try Self.shipped()
        let answer = { (day: String, extra: [String]) in
            try Self.parkplan(["clearance", "--by", "park", "--as-of", day, "--format", "json", "--store", store] + extra).stdout
        }
        let beforeDay = try answer("2026-09-30", []), onDay = try answer("2026-10-01", [])
        let parentHistory = try Self.parkplan(["clearance", "history", "TT-000016", "--format", "json", "--store", store]).stdout
        let moment = ISO8601DateFormatter().string(from: Date())
        Thread.sleep(forTimeInterval: 1.1)
        let file = try Self.write([
            Self.child("TT-900001", of: parcels["TT-000016"]!, half: 0, parents: "TT-000016"),       // a split, comma list
            Self.child("TT-900002", of: parcels["TT-000016"]!, half: 1, parents: ["TT-000016"]),     // …and JSON array
            Self.child("TT-900003", of: parcels["TT-000017"]!, half: nil, parents: "TT-000017, TT-000018"), // a merge
        ], dir, "resurvey.geojson")
        let r = try Self.parkplan(["import", "parcels", file, "--update", "--retire-on", "2026-10-01", "--store", store])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("3 parcel(s) from a resurvey"), "\(r.stdout)")
        #expect(try Self.lineage(store) == ["TT-900001<TT-000016@2026-10-01", "TT-900002<TT-000016@2026-10-01",
                                             "TT-900003<TT-000017@2026-10-01", "TT-900003<TT-000018@2026-10-01"])
        for parent in ["TT-000016", "TT-000017", "TT-000018"] { #expect(try Self.retired(store, parent) == "2026-10-01") }
        // The parent's history is kept as it was; the children start with the status in force.
        #expect(try Self.parkplan(["clearance", "history", "TT-000016", "--format", "json", "--store", store]).stdout == parentHistory)
        let child = try Self.parkplan(["clearance", "history", "TT-900001", "--format", "json", "--store", store]).stdout
        #expect(child.contains(#""status":"handed_over""#) && child.contains("inherited at the resurvey of 2026-10-01 from TT-000016/"), "\(child)")
        #expect(try Self.parkplan(["clearance", "history", "TT-900003", "--format", "json", "--store", store]).stdout.contains(#""status":"handed_over""#))
        // Before the resurvey day nothing changed; on it the children replace the parents.
        #expect(try answer("2026-09-30", []) == beforeDay)
        let after = try answer("2026-10-01", [])
        #expect(after != onDay)
        let exported = try Self.parkplan(["export", "--layer", "parcels", "--as-of", "2026-10-01", "--store", store]).stdout
        #expect(exported.contains(#""id":"TT-900001""#) && !exported.contains(#""id":"TT-000016""#))
        #expect(exported.contains(#""parent_ids":["TT-000017","TT-000018"]"#))
        // The record as it stood before the resurvey still gives the old answer.
        #expect(try answer("2026-10-01", ["--as-recorded", moment]) == onDay)
        // The same file again changes nothing.
        #expect(try Self.parkplan(["import", "parcels", file, "--update", "--retire-on", "2026-10-01", "--store", store]).status == 0)
        #expect(try Self.lineage(store).count == 4 && (try answer("2026-10-01", [])) == after)

        // Export → import into an empty store keeps the lineage and the children's history.
        let out = dir.appendingPathComponent("export")
        #expect(try Self.parkplan(["export", "--as-of", "2026-10-01", "--store", store, "-o", out.path]).status == 0)
        let copy = dir.appendingPathComponent("copy.gpkg").path
        for layer in ["units", "parks", "parcels"] {
            let i = try Self.parkplan(["import", layer, out.appendingPathComponent("\(layer).geojson").path, "--store", copy])
            #expect(i.status == 0, "\(layer): \(i.stderr)")
        }
        #expect(try Self.lineage(copy) == (try Self.lineage(store)))
        let h = ["clearance", "history", "TT-900003", "--format", "json"]
        #expect(try Self.parkplan(h + ["--store", copy]).stdout == (try Self.parkplan(h + ["--store", store]).stdout))
    }

    @Test func anUnknownOrRetiredParentOrACycleIsRefusedAndNothingIsWritten() throws {
        let (dir, store) = try ShippedStore.copy()
        let parcels = try Self.shipped()
        let first = try Self.write([Self.child("TT-900001", of: parcels["TT-000016"]!, half: 0, parents: "TT-000016")], dir, "split.geojson")
        #expect(try Self.parkplan(["import", "parcels", first, "--update", "--retire-on", "2026-10-01", "--store", store]).status == 0)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: store))
        let cases: [(String, [String: Any], String)] = [
            ("unknown.geojson", Self.child("TT-900005", of: parcels["TT-000020"]!, half: nil, parents: "TT-000020,TT-999999"),
             #"parcel "TT-900005": parent "TT-999999" is not in the store (unknown parent)"#),
            ("retired.geojson", Self.child("TT-900006", of: parcels["TT-000016"]!, half: nil, parents: ["TT-000016"]),
             #"parent "TT-000016" was already retired on 2026-10-01"#),
            ("cycle.geojson", Self.child("TT-000016", of: parcels["TT-000016"]!, half: nil, parents: ["TT-900001"]),
             #"parent "TT-900001" descends from it (a cycle)"#),
            ("self.geojson", Self.child("TT-900007", of: parcels["TT-000021"]!, half: nil, parents: "TT-900007"),
             "cannot be its own parent"),
        ]
        for (name, feature, message) in cases {
            let file = try Self.write([feature], dir, name)
            let r = try Self.parkplan(["import", "parcels", file, "--update", "--retire-on", "2026-10-02", "--store", store])
            #expect(r.status == 1, "\(name)")
            #expect(r.stderr.contains(message) && r.stderr.contains(name) && r.stderr.contains("nothing was written"), "\(name): \(r.stderr)")
            #expect(try Data(contentsOf: URL(fileURLWithPath: store)) == bytes, "\(name) changed the store")
        }
    }
}
