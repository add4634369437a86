import Foundation
import Testing
import TestSupport

/// The README's main job: `parkplan demo` on the shipped data.
@Suite struct DemoCLITests {
    @Test func demoPrintsTheParksAndWritesOutputsGDALReads() throws {
        let out = try CLIRunner.scratch()
        let r = try CLIRunner.run(CLIRunner.parkplan, ["demo", "--output", out.path, "--as-of", "2026-09-30"], in: CLIRunner.root)
        #expect(r.status == 0, "\(r.stderr)")
        for name in ["An Hòa", "Xuân Cầu", "Nam Tràng Cát", "Tiên Thanh", "Khu kinh tế ven biển phía Nam Hải Phòng"] {
            #expect(r.stdout.contains(name), "summary lacks \(name)")
        }
        #expect(r.stdout.contains("Clearance by district"))
        #expect(r.stdout.contains("Clearance by commune"))
        #expect(r.stdout.contains("Utility coverage gaps"))
        #expect(r.stdout.contains("accidental overlap: deep-c-2 × nam-trang-cat, 3.77 ha"))

        // Clearance by park counts its overdue parcels; the list of them is a file of its own.
        let byPark = try String(contentsOf: out.appendingPathComponent("clearance_by_park.json"), encoding: .utf8)
        #expect(byPark.contains("\"overdue_parcels\":") && !byPark.contains("\"overdue\":"))
        let overdue = try String(contentsOf: out.appendingPathComponent("clearance_overdue.json"), encoding: .utf8)
        #expect(overdue.hasPrefix("{\"query\":\"overdue\"") && overdue.contains("\"board_unit\":"))
        let files = try FileManager.default.contentsOfDirectory(atPath: out.path)
        let geojson = files.filter { $0.hasSuffix(".geojson") }.sorted()
        #expect(geojson.count >= 6)
        let ogrinfo = "/usr/bin/ogrinfo"
        for file in geojson + ["results.gpkg", "parkplan.gpkg"] {
            let path = out.appendingPathComponent(file).path
            if file.hasSuffix(".geojson") {
                let problems = RFC7946Check.problems(try String(contentsOfFile: path, encoding: .utf8))
                #expect(problems.isEmpty, "\(file): \(problems.prefix(3))")
            }
            guard FileManager.default.isExecutableFile(atPath: ogrinfo) else { continue }
            let info = try CLIRunner.run(ogrinfo, ["-al", "-so", path])
            #expect(info.status == 0, "\(file): \(info.stderr)")
            #expect(!info.stderr.contains("ERROR") && !info.stderr.contains("Warning"), "\(file): \(info.stderr)")
            #expect(info.stdout.contains("Feature Count:"), "\(file)")
        }
        if !FileManager.default.isExecutableFile(atPath: ogrinfo) { print("SKIPPED ogrinfo checks: \(ogrinfo) not installed") }
    }
}
