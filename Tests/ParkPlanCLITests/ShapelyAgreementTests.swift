import Foundation
import Testing
import TestSupport

/// On 20 000 generated parcels (with the generator's 2 % deliberate overlaps), the pairs
/// and areas of `overlaps --layer parcels --format json` are the ones shapely finds on the
/// same stored geometries, each area within 1e-9 relative (tools/check_overlaps_shapely.py).
@Suite struct ShapelyAgreementTests {
    @Test func overlapAreasEqualShapelysOnTwentyThousandParcels() throws {
        let folder = try Scratch.folder("parkplan-shapely")
        let parcels = folder.appendingPathComponent("parcels.geojson").path
        let store = folder.appendingPathComponent("s.gpkg").path
        let answer = folder.appendingPathComponent("overlaps.json").path
        let tools = CLIRunner.root.appendingPathComponent("tools")
        let generated = try CLIRunner.run("/usr/bin/env", ["python3", tools.appendingPathComponent("generate_parcels.py").path,
                                                           "--parks", CLIRunner.geodata("parks.geojson"), "--count", "20000",
                                                           "--overlap-share", "0.02", "-o", parcels])
        #expect(generated.status == 0, "\(generated.stderr)")
        for (layer, file) in [("parks", CLIRunner.geodata("parks.geojson")), ("parcels", parcels)] {
            let r = try CLIRunner.run(CLIRunner.parkplan, ["import", layer, file, "--store", store])
            try #require(r.status == 0, "\(r.stderr)")
        }
        let overlaps = try CLIRunner.run(CLIRunner.parkplan, ["overlaps", "--layer", "parcels", "--format", "json", "-o", answer, "--store", store])
        try #require(overlaps.status == 0, "\(overlaps.stderr)")
        let check = try CLIRunner.run("/usr/bin/env", ["python3", tools.appendingPathComponent("check_overlaps_shapely.py").path,
                                                       store, answer, "--tolerance", "1e-9"])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        // The run compared real pairs: "… 20000 parcels, N overlapping pairs, product N; missing 0, extra 0 …".
        #expect(check.stdout.contains("20000 parcels"), "\(check.stdout)")
        let pairs = check.stdout.split(separator: ",").first { $0.contains("overlapping pairs") }
            .flatMap { Int($0.trimmingCharacters(in: .whitespaces).split(separator: " ")[0]) } ?? 0
        #expect(pairs > 1_000, "\(check.stdout)")
        #expect(check.stdout.contains("missing 0, extra 0"), "\(check.stdout)")
    }
}
