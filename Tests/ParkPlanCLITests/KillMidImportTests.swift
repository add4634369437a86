import Foundation
import Testing
import GRDB
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

    /// The shipped parcels moved by `dx` degrees of longitude: an update that changes every
    /// geometry (so every parcel's shares are recomputed), ids unchanged.
    static func movedParcelFile(_ dir: URL, dx: Double) throws -> URL {
        let data = try Data(contentsOf: URL(fileURLWithPath: CLIRunner.geodata("parcels.geojson")))
        var root = try JSONSerialization.jsonObject(with: data) as! [String: Any]
        func move(_ value: Any) -> Any {
            guard let list = value as? [Any] else { return value }
            if list.count >= 2, let x = list[0] as? Double, list[1] is Double { return [x + dx] + list.dropFirst() }
            return list.map(move)
        }
        root["features"] = (root["features"] as! [[String: Any]]).map { f in
            var f = f
            var g = f["geometry"] as! [String: Any]
            g["coordinates"] = move(g["coordinates"]!)
            f["geometry"] = g
            return f
        }
        let url = dir.appendingPathComponent("moved_parcels.geojson")
        try JSONSerialization.data(withJSONObject: root).write(to: url)
        return url
    }

    /// `kill -9` at three moments of an `--update` import of the whole parcel layer: each
    /// time the store passes SQLite's integrity check and answers exactly as before, every
    /// ledger entry there; the update then goes through whole.
    @Test func killedUpdateLeavesTheStoreAsItWas() throws {
        let (dir, store) = try ShippedStore.copy()
        let moved = try Self.movedParcelFile(dir, dx: 0.00002)
        let ask = ["clearance", "--by", "commune", "--as-of", "2026-09-30", "--format", "json", "--store", store]
        let before = try CLIRunner.run(CLIRunner.parkplan, ask).stdout
        let events = try PlanningStore.open(at: store).geoPackage.read { try Int.fetchOne($0.db, sql: "SELECT count(*) FROM clearance_events") }
        let journal = store + "-journal"
        var interrupted = 0
        for delay in [0, 150_000, 400_000] as [useconds_t] {
            let running = try CLIRunner.start(CLIRunner.parkplan, ["import", "parcels", moved.path, "--update", "--store", store])
            let deadline = Date().addingTimeInterval(120)
            while !FileManager.default.fileExists(atPath: journal) && running.process.isRunning && Date() < deadline { usleep(1_000) }
            usleep(delay)
            if running.process.isRunning && FileManager.default.fileExists(atPath: journal) { interrupted += 1 }
            kill(running.process.processIdentifier, SIGKILL)
            running.process.waitUntilExit()
            let reopened = try PlanningStore.open(at: store)
            let (check, count) = try reopened.geoPackage.read { r in
                (try String.fetchOne(r.db, sql: "PRAGMA integrity_check"), try Int.fetchOne(r.db, sql: "SELECT count(*) FROM clearance_events"))
            }
            #expect(check == "ok")
            #expect(count == events)
            #expect(try CLIRunner.run(CLIRunner.parkplan, ask).stdout == before, "after a kill \(delay) µs into the write")
        }
        #expect(interrupted >= 2, "the update finished before it could be interrupted")
        let done = try CLIRunner.run(CLIRunner.parkplan, ["import", "parcels", moved.path, "--update", "--store", store])
        #expect(done.status == 0, "\(done.stderr)")
        #expect(done.stdout.contains("2500 stored parcel(s) updated by id") || done.stderr.contains("2500 stored parcel(s) updated by id"),
                "\(done.stdout)\(done.stderr)")
        #expect(try CLIRunner.run(CLIRunner.parkplan, ask).stdout != before)
    }

    /// `kill -9` at moments spread over a FIRST import (no store at the path yet; issue 11,
    /// item 8): each time there is no store at all, or one that opens holding the whole
    /// layer, never a half-made file; where there is none, the import then succeeds.
    /// `tools/hostile/kill_imports.py` does the same at 50 random moments.
    @Test func killedFirstImportLeavesNoStoreOrAWholeOne() throws {
        let dir = try CLIRunner.scratch()
        let args = { (store: String) in
            ["import", "units", CLIRunner.geodata("units_communes.geojson"), "--level", "commune", "--store", store]
        }
        let complete = dir.appendingPathComponent("complete.gpkg").path
        #expect(try CLIRunner.run(CLIRunner.parkplan, args(complete)).status == 0)
        let whole = try PlanningStore.open(at: complete).counts()
        var killedWhileRunning = 0
        for (k, delay) in ([0, 10_000, 30_000, 60_000, 120_000, 250_000] as [useconds_t]).enumerated() {
            let store = dir.appendingPathComponent("first-\(k).gpkg").path
            let running = try CLIRunner.start(CLIRunner.parkplan, args(store))
            usleep(delay)
            if running.process.isRunning { killedWhileRunning += 1 }
            kill(running.process.processIdentifier, SIGKILL)
            running.process.waitUntilExit()
            if FileManager.default.fileExists(atPath: store) {
                #expect(try PlanningStore.open(at: store).counts() == whole, "after a kill \(delay) µs in")
            } else {
                let again = try CLIRunner.run(CLIRunner.parkplan, args(store))
                #expect(again.status == 0, "after a kill \(delay) µs in: \(again.stderr)")
                #expect(try PlanningStore.open(at: store).counts() == whole)
            }
        }
        #expect(killedWhileRunning >= 1, "every import finished before it could be interrupted")
    }
}
