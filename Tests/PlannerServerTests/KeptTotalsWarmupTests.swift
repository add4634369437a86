import Foundation
import XCTest
import TestSupport

/// `parkplan serve --keep-clearance-by GROUPING` builds the kept clearance totals in the
/// background at start (``KeptTotalsWarmup``), logs each build, and the answers then given
/// from them are the CLI's bytes; a grouping by a unit level the store lacks is refused
/// before it serves.
final class KeptTotalsWarmupTests: XCTestCase {
    func testTheTotalsAreBuiltAtStartAndAnswerAsTheCLI() async throws {
        let s = try ServedStore(arguments: ["--keep-clearance-by", "district", "--keep-clearance-by", "commune+park"])
        defer { s.stop() }
        var log = ""
        for _ in 0..<600 {
            log = s.running.output().stderr
            if log.contains("kept clearance totals by commune+park built in") { break }
            try await Task.sleep(for: .milliseconds(100))
        }
        XCTAssertTrue(log.contains("kept clearance totals by district built in"), log)
        XCTAssertTrue(log.contains("kept clearance totals by commune+park built in"), log)
        XCTAssertFalse(log.contains("not built"), log)
        for (api, cli) in [("by=district", ["--by", "district"]), ("by=commune%2Bpark", ["--by", "commune+park"])] {
            let reply = try await s.send("GET", "/api/v1/clearance?\(api)")
            XCTAssertEqual(reply.status, 200, reply.text)
            let answer = try s.cli(["clearance"] + cli + ["--format", "json"])
            XCTAssertEqual(answer.status, 0, answer.stderr)
            XCTAssertEqual(reply.text, answer.stdout, api)
        }
    }

    func testALevelTheStoreLacksIsRefusedBeforeServing() throws {
        let (_, store) = try ShippedStore.copy()
        let run = try CLIRunner.run(CLIRunner.parkplan, ["serve", "--store", store, "--port", "0", "--keep-clearance-by", "galaxy"])
        XCTAssertEqual(run.status, 64, run.stderr)
        XCTAssertTrue(run.stderr.contains("--keep-clearance-by: no units of level 'galaxy'"), run.stderr)
        XCTAssertFalse(run.stdout.contains("serving "), run.stdout)
    }
}
