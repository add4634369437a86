import Foundation
import Testing
import TestSupport

/// `--format geojson` writes one feature per mappable row (the refusals: `MappedAnswersCLITests`).
@Suite struct MappableResultsCLITests {
    /// Clearance by district: one RFC 7946 polygon feature per district row, in lon/lat,
    /// with the same `percent` as the JSON row.
    @Test func clearanceByDistrictIsAChoropleth() throws {
        let store = try ShippedStore.path
        let args = ["clearance", "--by", "district", "--as-of", "2026-06-30", "--store", store]
        let json = try CLIRunner.run(CLIRunner.parkplan, args + ["--format", "json"])
        #expect(json.status == 0, "\(json.stderr)")
        let rows = (try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])?["rows"] as? [[String: Any]] ?? []
        #expect(!rows.isEmpty)
        let geo = try CLIRunner.run(CLIRunner.parkplan, args + ["--format", "geojson"])
        #expect(geo.status == 0, "\(geo.stderr)")
        #expect(RFC7946Check.problems(geo.stdout).isEmpty)
        let features = (try JSONSerialization.jsonObject(with: Data(geo.stdout.utf8)) as? [String: Any])?["features"] as? [[String: Any]] ?? []
        #expect(features.count == rows.count)
        for row in rows {
            let unit = row["unit"] as? String
            let feature = features.first { ($0["properties"] as? [String: Any])?["unit"] as? String == unit }
            let properties = feature?["properties"] as? [String: Any]
            #expect(properties?["percent"] as? Double == row["percent"] as? Double, "percent of \(unit ?? "?")")
            #expect(properties?["unit_name"] as? String == row["unit_name"] as? String)
            let geometry = feature?["geometry"] as? [String: Any]
            #expect(["Polygon", "MultiPolygon"].contains(geometry?["type"] as? String ?? ""), "geometry of \(unit ?? "?")")
            let numbers = Self.numbers(geometry?["coordinates"] as Any)
            #expect(numbers.count >= 8)
            for pair in stride(from: 0, to: numbers.count - 1, by: 2) {
                #expect((-180...180).contains(numbers[pair]) && (-90...90).contains(numbers[pair + 1]))
            }
            // Hai Phong lies near 106.7° E, 20.8° N: lon/lat, not EPSG:9210 metres.
            #expect(numbers.first.map { (100...112).contains($0) } == true)
        }
    }

    /// Every number in nested coordinate arrays, in order.
    static func numbers(_ value: Any) -> [Double] {
        if let d = value as? Double { return [d] }
        if let a = value as? [Any] { return a.flatMap(numbers) }
        return []
    }
}
