import Foundation
import XCTest
import TestSupport

/// The web map in a real browser: headless Debian Chromium driven by Selenium
/// (`Tests/browser/web_map_test.py`) against `parkplan serve` on a free loopback port,
/// serving a copy of the shipped store with a board member for one commune.
final class WebMapBrowserTests: XCTestCase {
    func testWebMapInHeadlessChromium() throws {
        let chromedriver = "/usr/bin/chromedriver", chromium = "/usr/bin/chromium"
        guard FileManager.default.isExecutableFile(atPath: chromedriver), FileManager.default.isExecutableFile(atPath: chromium),
              try CLIRunner.run("/usr/bin/env", ["python3", "-c", "import selenium"]).status == 0 else {
            throw XCTSkip("chromium, chromium-driver or selenium missing: run tools/setup --with-browser")
        }
        let (folder, store) = try ShippedStore.copy()
        let commune = try communeWithMostUnclearedLand(store)
        let added = try CLIRunner.run(CLIRunner.parkplan, ["users", "add", "web-board", "--role", "board", "--units", commune, "--store", store])
        XCTAssertEqual(added.status, 0, added.stderr)
        let token = try XCTUnwrap(added.stdout.split(separator: "\n").last.map(String.init), "no token printed")

        let served = folder.appendingPathComponent("serve.out")
        FileManager.default.createFile(atPath: served.path, contents: nil)
        let server = Process()
        server.executableURL = URL(fileURLWithPath: CLIRunner.parkplan)
        server.arguments = ["serve", "--store", store, "--port", "0", "--host", "127.0.0.1"]
        server.standardOutput = try FileHandle(forWritingTo: served)
        server.standardError = FileHandle.nullDevice
        try server.run()
        defer {
            server.terminate()
            server.waitUntilExit()
        }
        let port = try servingPort(server, output: served)
        let results = folder.appendingPathComponent("browser-results.json")
        let shots = folder.appendingPathComponent("shots")
        try FileManager.default.createDirectory(at: shots, withIntermediateDirectories: true)
        let run = try CLIRunner.run("/usr/bin/env", [
            "python3", Repository.root.appendingPathComponent("Tests/browser/web_map_test.py").path,
            "--url", "http://127.0.0.1:\(port)", "--token", token, "--unit", commune,
            "--out", results.path, "--shots", shots.path, "--chromedriver", chromedriver, "--chromium", chromium,
        ])
        XCTAssertEqual(run.status, 0, "browser checks failed:\n\(run.stdout)\n\(run.stderr)")

        let report = try JSONSerialization.jsonObject(with: Data(contentsOf: results)) as? [String: Any]
        let checks = try XCTUnwrap(report?["checks"] as? [[String: Any]])
        for check in checks where check["ok"] as? Bool != true {
            XCTFail("\(check["name"] ?? "?"): \(check["detail"] ?? "")")
        }
        let names = Set(checks.compactMap { $0["name"] as? String })
        for required in ["no console error on load", "no request outside the server",
                         "first view: parcels drawn equal the API's features for the view",
                         "a click on a parcel opens its panel", "the change is recorded (201)",
                         "the parcel is redrawn in the new status's colour", "the table's totals changed to the API's figure",
                         "a parcel outside the board's units: 403 shown", "a stale version: 412 shown"] {
            XCTAssertTrue(names.contains(required), "the browser script did not check: \(required)")
        }
        let figures = report?["figures"] as? [String: Any]
        let first = figures?["first view"] as? [String: Any]
        XCTAssertGreaterThan(first?["drawn"] as? Int ?? 0, 0, "no parcel drawn")
        XCTAssertEqual(first?["drawn"] as? Int, first?["api"] as? Int)
        for shot in ["desktop-after-change", "phone"] {
            XCTAssertTrue(FileManager.default.fileExists(atPath: shots.appendingPathComponent("\(shot).png").path), shot)
        }
    }

    /// The commune whose parcels have the most land not yet cleared today (from the CLI's JSON),
    /// so the board has parcels to record.
    private func communeWithMostUnclearedLand(_ store: String) throws -> String {
        let r = try CLIRunner.run(CLIRunner.parkplan, ["clearance", "--by", "commune", "--format", "json", "--store", store])
        XCTAssertEqual(r.status, 0, r.stderr)
        let body = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
        let rows = try XCTUnwrap(body?["rows"] as? [[String: Any]])
        let best = rows.max { uncleared($0) < uncleared($1) }
        return try XCTUnwrap(best?["unit"] as? String)
    }

    private func uncleared(_ row: [String: Any]) -> Double {
        ((row["total_m2"] as? Double) ?? 0) - ((row["cleared_m2"] as? Double) ?? 0)
    }

    /// The port `parkplan serve --port 0` printed ("serving 127.0.0.1:PORT").
    private func servingPort(_ server: Process, output: URL) throws -> Int {
        for _ in 0..<600 {
            let text = (try? String(contentsOf: output, encoding: .utf8)) ?? ""
            if let line = text.split(separator: "\n").first(where: { $0.hasPrefix("serving ") }),
               let port = line.split(separator: ":").last.flatMap({ Int($0) }) {
                return port
            }
            guard server.isRunning else { throw CLIFailure("parkplan serve stopped") }
            Thread.sleep(forTimeInterval: 0.1)
        }
        throw CLIFailure("parkplan serve printed no port within a minute")
    }
}
