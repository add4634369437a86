import Foundation
import Testing

/// The `--format json` contract and answers known by hand, through the built binary.
@Suite struct QueryCLITests {
    /// A store built from hand-made EPSG:9210 layers: two 100 m units side by side at
    /// x = 600 000 (west 0–30 m of the park, east 30–100 m), a 100×100 m park, two parcels
    /// overlapping by 50×100 m, and a power service area over the park's south half.
    static func handMadeStore() throws -> String {
        let dir = try CLIRunner.scratch()
        func square(_ x0: Double, _ y0: Double, _ x1: Double, _ y1: Double) -> String {
            "[[[\(x0),\(y0)],[\(x1),\(y0)],[\(x1),\(y1)],[\(x0),\(y1)],[\(x0),\(y0)]]]"
        }
        func fc(_ features: [(String, String)]) -> String {
            #"{"type":"FeatureCollection","features":["# + features.map { props, coords in
                #"{"type":"Feature","properties":{\#(props)},"geometry":{"type":"Polygon","coordinates":\#(coords)}}"#
            }.joined(separator: ",") + "]}"
        }
        let x = 600_000.0, y = 2_300_000.0
        let files: [(String, String, [String])] = [
            ("units", fc([(#""id":"W","name":"Tây""#, square(x - 1000, y - 1000, x + 30, y + 1000)),
                          (#""id":"E","name":"Đông""#, square(x + 30, y - 1000, x + 1000, y + 1000))]), ["--level", "district"]),
            ("parks", fc([(#""id":"pk","name":"Khu thử nghiệm","kind":"industrial_park","approved_area_ha":1"#, square(x, y, x + 100, y + 100))]), []),
            ("parcels", fc([(#""id":"A","park":"pk","land_use":"LUC","clearance":"handed_over","clearance_date":"2024-05-01""#, square(x, y, x + 100, y + 100)),
                            (#""id":"B","park":"pk","land_use":"ONT","clearance":"inventoried","clearance_date":"2024-02-01""#, square(x + 50, y, x + 150, y + 100))]), []),
            ("infrastructure", fc([(#""id":"pw","utility":"power","status":"operational","operational_from":"2023-01-01""#, square(x - 10, y - 10, x + 110, y + 50))]), []),
        ]
        let store = dir.appendingPathComponent("hand.gpkg").path
        for (layer, text, extra) in files {
            let file = dir.appendingPathComponent("\(layer).geojson")
            try Data(text.utf8).write(to: file)
            let r = try CLIRunner.run(CLIRunner.parkplan, ["import", layer, file.path, "--crs", "EPSG:9210", "--store", store] + extra)
            guard r.status == 0 else { throw CLIFailure("import \(layer): \(r.stderr)") }
        }
        return store
    }

    static func json(_ args: [String]) throws -> [String: Any] {
        let r = try CLIRunner.run(CLIRunner.parkplan, args + ["--format", "json"])
        guard r.status == 0 else { throw CLIFailure("\(args): \(r.stderr)") }
        return try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [String: Any]
    }

    static func rows(_ object: [String: Any]) -> [[String: Any]] { object["rows"] as? [[String: Any]] ?? [] }

    @Test func overlapsOfTwoSquaresByHand() throws {
        let store = try Self.handMadeStore()
        let o = try Self.json(["overlaps", "--layer", "parcels", "--store", store])
        #expect(o["query"] as? String == "overlaps")
        let row = try #require(Self.rows(o).first)
        #expect(Self.rows(o).count == 1)
        #expect(row["a"] as? String == "A" && row["b"] as? String == "B")
        #expect(row["layer_a"] as? String == "parcels" && row["layer_b"] as? String == "parcels")
        #expect(abs((row["area_m2"] as? Double ?? 0) - 5_000) < 1e-6)
        #expect(abs((row["share_a"] as? Double ?? 0) - 0.5) < 1e-9)
        // Above the threshold only.
        #expect(Self.rows(try Self.json(["overlaps", "--layer", "parcels", "--min-area", "5001", "--store", store])).isEmpty)
    }

    @Test func clearanceAsOfDatesAndUnitShares() throws {
        let store = try Self.handMadeStore()
        let before = try Self.json(["clearance", "--by", "district", "--as-of", "2024-04-30", "--store", store])
        #expect(before["query"] as? String == "clearance")
        #expect(before["as_of"] as? String == "2024-04-30")
        #expect(Self.rows(before).allSatisfy { ($0["cleared_m2"] as? Double) == 0 })
        let after = try Self.json(["clearance", "--by", "district", "--as-of", "2024-05-01", "--store", store])
        let byUnit = Dictionary(uniqueKeysWithValues: Self.rows(after).map { ($0["unit"] as! String, $0) })
        // Parcel A (10 000 m², handed over 2024-05-01) lies 30 % in W and 70 % in E.
        #expect(abs((byUnit["W"]?["cleared_m2"] as? Double ?? -1) - 3_000) < 1e-6)
        #expect(abs((byUnit["E"]?["cleared_m2"] as? Double ?? -1) - 7_000) < 1e-6)
        // Parcel B (10 000 m², from x+50) lies wholly in E: E totals 17 000 m².
        #expect(abs((byUnit["E"]?["total_m2"] as? Double ?? -1) - 17_000) < 1e-6)
        #expect(abs((byUnit["W"]?["percent"] as? Double ?? -1) - 100) < 1e-9)
        let byPark = try Self.json(["clearance", "--by", "park", "--as-of", "2024-05-01", "--store", store])
        let totalsUnit = after["totals"] as? [String: Any], totalsPark = byPark["totals"] as? [String: Any]
        #expect(totalsUnit?["cleared_m2"] as? Double == totalsPark?["cleared_m2"] as? Double)
        #expect(abs((totalsPark?["percent"] as? Double ?? 0) - 50) < 1e-9)
    }

    @Test func powerCoversHalfThePark() throws {
        let store = try Self.handMadeStore()
        let g = try Self.json(["gaps", "--utility", "power", "--park", "Khu thu nghiem", "--as-of", "2026-09-30", "--store", store])
        #expect(g["query"] as? String == "gaps")
        let row = try #require(Self.rows(g).first)
        #expect(row["park"] as? String == "pk" && row["utility"] as? String == "power")
        #expect(abs((row["park_m2"] as? Double ?? 0) - 10_000) < 1e-6)
        #expect(abs((row["covered_m2"] as? Double ?? 0) - 5_000) < 1e-6)
        #expect(abs((row["gap_m2"] as? Double ?? 0) - 5_000) < 1e-6)
        // Before the work is operational, the whole park is a gap.
        let early = try #require(Self.rows(try Self.json(["gaps", "--utility", "power", "--as-of", "2022-12-31", "--store", store])).first)
        #expect(abs((early["gap_m2"] as? Double ?? 0) - 10_000) < 1e-6)
    }

    @Test func unknownParkSuggestsTheClosestName() throws {
        let store = try Self.handMadeStore()
        let r = try CLIRunner.run(CLIRunner.parkplan, ["gaps", "--park", "Khu thu nghim", "--store", store])
        #expect(r.status != 0)
        #expect(r.stderr.contains("unknown park") && r.stderr.contains("did you mean"), "\(r.stderr)")
    }

    @Test func shippedDataContract() throws {
        let store = try CLIRunner.scratch().appendingPathComponent("s.gpkg").path
        try CLIRunner.importShipped(into: store)
        let o = try Self.json(["overlaps", "--layer", "parks", "--store", store])
        for row in Self.rows(o) { for key in ["a", "b", "layer_a", "layer_b", "area_m2"] { #expect(row[key] != nil, "overlaps.\(key)") } }
        let c = try Self.json(["clearance", "--by", "commune", "--as-of", "2026-09-30", "--store", store])
        #expect(!Self.rows(c).isEmpty)
        for row in Self.rows(c) {
            for key in ["unit", "total_m2", "cleared_m2", "percent"] { #expect(row[key] != nil, "clearance.\(key)") }
            #expect((0...100).contains(row["percent"] as? Double ?? -1))
        }
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
