import Foundation
import Testing
@testable import PlannerPresentation

/// The built `parkplan` on a store made by `parkplan demo`: the report's numbers equal
/// `parkplan clearance --format json` and `parkplan gaps --format json` on the same store and day.
@Suite struct ReportCLITests {
    /// The `parkplan` SwiftPM built next to this test bundle, when it did.
    static var parkplan: String? {
        let test = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return [Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent(), test, root.appendingPathComponent(".build/debug")]
            .map { $0.appendingPathComponent("parkplan").path }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    @Test func theDemoReportAgreesWithClearanceAndGapsJSON() throws {
        guard let parkplan = Self.parkplan else {
            print("SKIPPED theDemoReportAgreesWithClearanceAndGapsJSON: parkplan is not built beside the tests")
            return
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("report-cli-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let day = "2025-12-31"
        let demo = try Program.run(parkplan, ["demo", "--geodata", ShippedData.packageRoot.appendingPathComponent("geodata").path,
                                              "--output", folder.path, "--as-of", day])
        try #require(demo.status == 0, "demo failed: \(demo.stderr)")
        #expect(demo.stdout.contains(folder.appendingPathComponent("report.html").path))
        let store = folder.appendingPathComponent("parkplan.gpkg").path
        let html = try String(contentsOf: folder.appendingPathComponent("report.html"), encoding: .utf8)
        let en = folder.appendingPathComponent("report-en.html").path
        let report = try Program.run(parkplan, ["report", "--store", store, "--as-of", day, "--lang", "en", "-o", en])
        try #require(report.status == 0, "report failed: \(report.stderr)")
        let english = try String(contentsOfFile: en, encoding: .utf8)

        // The demo's report groups by commune (the level in force after 1 July 2025).
        let clearance = try Program.run(parkplan, ["clearance", "--by", "commune", "--as-of", day, "--store", store, "--format", "json"])
        let json = try JSONSerialization.jsonObject(with: Data(clearance.stdout.utf8)) as! [String: Any]
        for (doc, lang) in [(html, ReportLanguage.vi), (english, .en)] {
            let rows = HTMLRows.rows(doc, after: ReportText(lang)(.unitsTable))
            #expect(rows.count == (json["rows"] as! [Any]).count + 1)
            for r in json["rows"] as! [[String: Any]] {
                let unit = r["unit"] as! String
                let cells = try #require(rows[unit == "(none)" ? "none" : unit])
                #expect(cells[5] == NumberText.format(ReportFixtures.number(r["cleared_ha"]), decimals: 2, lang: lang))
                #expect(cells[6] == NumberText.format(ReportFixtures.number(r["percent"]), decimals: 1, lang: lang))
            }
        }
        let gaps = try Program.run(parkplan, ["gaps", "--as-of", day, "--store", store, "--format", "json"])
        let gapRows = (try JSONSerialization.jsonObject(with: Data(gaps.stdout.utf8)) as! [String: Any])["rows"] as! [[String: Any]]
        let htmlGaps = HTMLRows.rows(html, after: ReportText(.vi)(.gapsTable))
        #expect(!gapRows.isEmpty && htmlGaps.count == gapRows.count)
        for r in gapRows {
            let cells = try #require(htmlGaps["\(r["park"] as! String):\(r["utility"] as! String)"])
            #expect(cells[3] == NumberText.format(ReportFixtures.number(r["gap_ha"]), decimals: 2, lang: .vi))
        }
    }

    @Test func theMapCommandDrawsEachLayerAndQuery() throws {
        guard let parkplan = Self.parkplan else {
            print("SKIPPED theMapCommandDrawsEachLayerAndQuery: parkplan is not built beside the tests")
            return
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("report-map-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = folder.appendingPathComponent("s.gpkg").path
        for (layer, file) in [("units", "units_districts.geojson"), ("parks", "parks.geojson")] {
            let r = try Program.run(parkplan, ["import", layer, ShippedData.packageRoot.appendingPathComponent("geodata/\(file)").path, "--store", store]
                                    + (layer == "units" ? ["--level", "district"] : []))
            try #require(r.status == 0, "import failed: \(r.stderr)")
        }
        for subject in MapSubject.allCases {
            let svg = folder.appendingPathComponent("\(subject.rawValue).svg")
            let r = try Program.run(parkplan, ["map", subject.rawValue, "--store", store, "--as-of", "2025-12-31", "--width", "600", "-o", svg.path])
            #expect(r.status == 0, "map \(subject.rawValue): \(r.stderr)")
            let text = (try? String(contentsOf: svg, encoding: .utf8)) ?? ""
            #expect(text.hasPrefix("<?xml") && text.contains("xmlns=\"http://www.w3.org/2000/svg\"") && text.contains("width=\"600\""))
        }
        let tien = folder.appendingPathComponent("tien.svg")
        #expect(try Program.run(parkplan, ["map", "gaps", "--park", "Tiên Thanh", "--utility", "water", "--store", store, "-o", tien.path]).status == 0)
        #expect(try Program.run(parkplan, ["map", "roads", "--store", store, "-o", tien.path]).status != 0)
    }
}
