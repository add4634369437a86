import Foundation
import Testing
import TestSupport
@testable import PlannerStore

/// A process killed in the middle of an import leaves a store that opens, unchanged.
@Suite struct KillMidImportTests {
    /// The shipped parcels repeated `copies` times with new ids: a file big enough that
    /// its write transaction lasts long enough to be interrupted.
    static func bigParcelFile(_ dir: URL, copies: Int) throws -> URL {
        let data = try Data(contentsOf: URL(fileURLWithPath: CLIRunner.geodata("parcels.geojson")))
        let root = try JSONSerialization.jsonObject(with: data) as! [String: Any]
        let features = root["features"] as! [[String: Any]]
        var out: [[String: Any]] = []
        out.reserveCapacity(features.count * copies)
        for k in 0..<copies {
            for var f in features {
                var p = f["properties"] as! [String: Any]
                p["id"] = "\(p["id"]!)-\(k)"
                f["properties"] = p
                f["id"] = p["id"]
                out.append(f)
            }
        }
        let url = dir.appendingPathComponent("big_parcels.geojson")
        try JSONSerialization.data(withJSONObject: ["type": "FeatureCollection", "features": out]).write(to: url)
        return url
    }

    @Test func killedImportLeavesTheStoreAsItWas() throws {
        let dir = try CLIRunner.scratch()
        let store = dir.appendingPathComponent("k.gpkg").path
        #expect(try CLIRunner.run(CLIRunner.parkplan, ["import", "parks", CLIRunner.geodata("parks.geojson"), "--store", store]).status == 0)
        let countsBefore = try PlanningStore.open(at: store).counts()
        let big = try Self.bigParcelFile(dir, copies: 12)
        let journal = store + "-journal"
        let running = try CLIRunner.start(CLIRunner.parkplan, ["import", "parcels", big.path, "--store", store])
        // Wait until the import's write transaction has begun (SQLite's rollback journal
        // exists), then kill the process without letting it clean up.
        let deadline = Date().addingTimeInterval(120)
        while !FileManager.default.fileExists(atPath: journal) && running.process.isRunning && Date() < deadline {
            usleep(1_000)
        }
        let sawTransaction = FileManager.default.fileExists(atPath: journal)
        kill(running.process.processIdentifier, SIGKILL)
        running.process.waitUntilExit()
        #expect(sawTransaction, "the import finished before it could be interrupted")
        #expect(running.process.terminationReason == .uncaughtSignal)

        let reopened = try PlanningStore.open(at: store)
        #expect(try reopened.counts() == countsBefore)
        let check = try reopened.geoPackage.read { r in try String.fetchOne(r.db, sql: "PRAGMA integrity_check") }
        #expect(check == "ok")
        // And the same import then succeeds completely.
        let again = try CLIRunner.run(CLIRunner.parkplan, ["import", "parcels", CLIRunner.geodata("parcels.geojson"), "--store", store])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(try reopened.counts()[.parcels] == 2500)
    }
}
