import Foundation
import Planner
import PlannerApp
@testable import PlannerPostGIS
import TestSupport
import XCTest

/// A writer killed with SIGKILL at random moments, some of them inside its transaction,
/// loses nothing it acknowledged and leaves nothing half-written on the PostGIS store:
/// PostgreSQL's own guarantee (a transaction commits whole or rolls back when its client
/// dies), shown for the CLI's ledger writes and for `store copy` into PostGIS.
final class PostGISKillTests: XCTestCase {
    /// The tables a copy writes, in order.
    static let copiedTables = PostGISStore.copiedTables.map(\.name)

    /// The row count of every copied table in `url`'s schema, `nil` when its tables do not exist.
    private static func counts(_ url: String) throws -> [String: Int]? {
        let schema = try PostGISLocation(url).schema
        let connection = try PostGISConnection(try PostGISLocation(url))
        return try connection.session("counting rows") { db -> [String: Int]? in
            guard try db.rows("SELECT to_regclass('\"\(schema)\".clearance_events') IS NOT NULL", as: Bool.self).first == true else {
                return nil
            }
            var out: [String: Int] = [:]
            for table in copiedTables {
                out[table] = try db.rows("SELECT count(*)::bigint FROM \"\(schema)\".\(table)", as: Int.self).first ?? 0
            }
            return out
        }
    }

    /// Whether some other session holds `mode` on `table` of the schema: a writer inside
    /// its transaction (`RowExclusiveLock` once it inserts, `RowShareLock` once it has
    /// locked a parcel's row), held until it commits or rolls back.
    private static func inTransaction(_ connection: PostGISConnection, _ schema: String, _ locks: [(table: String, mode: String)]) -> Bool {
        let condition = locks.map { "(c.relname = '\($0.table)' AND l.mode = '\($0.mode)')" }.joined(separator: " OR ")
        return (try? connection.session("watching locks") { db in
            try db.rows("""
                SELECT count(*)::bigint FROM pg_locks l JOIN pg_class c ON c.oid = l.relation
                JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname = '\(schema)' AND l.pid <> pg_backend_pid() AND (\(condition))
                """, as: Int.self).first ?? 0
        }) ?? 0 > 0
    }

    /// The pid of `parent`'s child named `name`, if one is running (read from /proc).
    private static func child(of parent: Int32, named name: String) -> Int32? {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: "/proc") else { return nil }
        for entry in entries {
            guard let pid = Int32(entry), let stat = try? String(contentsOfFile: "/proc/\(entry)/stat", encoding: .utf8),
                  let open = stat.firstIndex(of: "("), let close = stat.lastIndex(of: ")") else { continue }
            let comm = stat[stat.index(after: open)..<close]
            let fields = stat[stat.index(after: close)...].split(separator: " ")
            if comm == name, fields.count > 1, Int32(fields[1]) == parent { return pid }
        }
        return nil
    }

    func testAWriterKilledAtRandomMomentsLosesNothingAcknowledgedAndHalfWritesNothing() throws {
        let url = try PostGISTestDatabase.freshSchema()
        defer { PostGISTestDatabase.drop(url) }
        let location = try PostGISLocation(url)
        try PostGISStore.create(location).copy(from: try ShippedStore.open())
        let parcels = try ShippedStore.open().parcels().filter { $0.ledgerEntries.isEmpty && $0.retiredOn == nil }.prefix(10).map(\.id)
        XCTAssertEqual(parcels.count, 10)
        // Four steps for each parcel, one `clearance set` process each; each prints its
        // acknowledgement ("recorded as PARCEL/SEQ") once its transaction has committed.
        let script = """
            bin=$1; store=$2; shift 2
            for step in inventoried:2026-10-01 plan_approved:2026-10-08 compensated:2026-10-15 handed_over:2026-10-22; do
              for p in "$@"; do
                "$bin" clearance set "$p" "${step%%:*}" --date "${step##*:}" --by "kill test" --note "w-${step%%:*}-$p" --store "$store"
              done
            done
            """
        let writer = try CLIRunner.start("/bin/bash", ["-c", script, "writer", CLIRunner.parkplan, url] + parcels)
        let watcher = try PostGISConnection(location)
        var rng = SplitMix(state: UInt64(Date().timeIntervalSince1970 * 1000))
        var kills = 0, insideTransaction = 0
        while kills < 6 && writer.process.isRunning {
            // Kill the writer of the moment as soon as it is inside its transaction, or at a
            // random moment 0.1–0.9 s from now if it is not seen there first.
            let deadline = Date().addingTimeInterval(rng.uniform(0.1...0.9))
            var inside = false
            while Date() < deadline && !inside {
                inside = Self.inTransaction(watcher, location.schema, [("parcels", "RowShareLock"), ("clearance_events", "RowExclusiveLock")])
            }
            guard let pid = Self.child(of: writer.process.processIdentifier, named: "parkplan") else { continue }
            if kill(pid, SIGKILL) == 0 {
                kills += 1
                if inside { insideTransaction += 1 }
            }
        }
        let end = Date().addingTimeInterval(300)
        while writer.process.isRunning && Date() < end { usleep(50_000) }
        if writer.process.isRunning { kill(writer.process.processIdentifier, SIGKILL) }
        writer.process.waitUntilExit()
        XCTAssertEqual(kills, 6, "the writer finished before it was killed six times")

        // Every acknowledged write is in the ledger, as acknowledged.
        let store = try PostGISStore.open(location)
        let acknowledged = writer.output().stdout.split(separator: "\n").compactMap { line -> (String, Int, String)? in
            guard let match = line.firstMatch(of: /parcel (\S+): (\S+) since \S+, recorded as \S+\/(\d+)/) else { return nil }
            return (String(match.1), Int(match.3)!, String(match.2))
        }
        XCTAssertGreaterThan(acknowledged.count, 0, writer.output().stderr)
        for (parcel, seq, status) in acknowledged {
            let entry = try store.ledger(parcelId: parcel).entry(seq)
            XCTAssertEqual(entry?.event?.status.rawValue, status, "\(parcel)/\(seq) was acknowledged as \(status)")
            XCTAssertEqual(entry?.event?.note, "w-\(status)-\(parcel)")
        }
        // Nothing half-written: each ledger is seq 1, 2, … with every entry whole; at most one
        // write a kill committed without its acknowledgement.
        var entries = 0
        for parcel in parcels {
            let ledger = try store.ledger(parcelId: parcel)
            XCTAssertEqual(ledger.entries.map(\.seq), Array(0..<ledger.entries.count).map { $0 + 1 }, parcel)
            for entry in ledger.entries {
                XCTAssertEqual(entry.event?.note.map { $0.hasPrefix("w-\(entry.event!.status.rawValue)-") }, true, "\(parcel)/\(entry.seq)")
                XCTAssertNotNil(entry.recordedAt)
            }
            entries += ledger.entries.count
        }
        XCTAssertGreaterThanOrEqual(entries, acknowledged.count)
        XCTAssertLessThanOrEqual(entries - acknowledged.count, kills, "writes committed without an acknowledgement")
        XCTAssertLessThanOrEqual(entries, 4 * parcels.count, "no entry the writer did not write")
        // The store opens and answers as a fresh computation over its record does (the record
        // copied into a new GeoPackage and asked there).
        let fresh = try Scratch.folder("parkplan-kill").appendingPathComponent("fresh.gpkg").path
        try RecordCopy().run(from: url, to: fresh)
        try SameAnswers.compareJSON([["clearance", "--by", "district", "--as-of", "2026-11-30"],
                                     ["clearance", "--overdue", "--as-of", "2026-11-30"]], url, fresh)
        print("kill test: \(kills) kills, \(insideTransaction) inside a transaction, \(acknowledged.count) acknowledged, \(entries) entries")
    }

    func testACopyKilledMidTransactionLeavesNothingOrEverythingAndARetrySucceeds() throws {
        let source = try ShippedStore.path
        let reference = try PostGISTestDatabase.freshSchema()
        defer { PostGISTestDatabase.drop(reference) }
        try PostGISStore.create(try PostGISLocation(reference)).copy(from: try ShippedStore.open())
        let complete = try XCTUnwrap(try Self.counts(reference))
        XCTAssertGreaterThan(complete["clearance_events"] ?? 0, 0)
        var rng = SplitMix(state: UInt64(Date().timeIntervalSince1970 * 1000))
        var outcomes: [String] = []
        for _ in 0..<3 {
            let url = try PostGISTestDatabase.freshSchema()
            defer { PostGISTestDatabase.drop(url) }
            let location = try PostGISLocation(url)
            let copy = try CLIRunner.start(CLIRunner.parkplan, ["store", "copy", "--from", source, "--to", url])
            let watcher = try PostGISConnection(location)
            let deadline = Date().addingTimeInterval(120)
            var seen = false
            while copy.process.isRunning && Date() < deadline && !seen {
                seen = Self.inTransaction(watcher, location.schema, [("parks", "RowExclusiveLock")])
            }
            XCTAssertTrue(seen, "the copy finished before its transaction was seen: \(copy.result().stderr)")
            usleep(UInt32(rng.uniform(0...400_000)))
            kill(copy.process.processIdentifier, SIGKILL)
            copy.process.waitUntilExit()
            XCTAssertEqual(copy.process.terminationReason, .uncaughtSignal, "the copy was not killed: \(copy.result().stderr)")

            let after = try Self.counts(url)
            let empty = after == nil || after!.values.allSatisfy { $0 == 0 }
            XCTAssertTrue(empty || after == complete, "half a copy: \(after ?? [:])")
            outcomes.append(empty ? "empty" : "complete")
            let retry = try CLIRunner.run(CLIRunner.parkplan, ["store", "copy", "--from", source, "--to", url])
            if empty {
                XCTAssertEqual(retry.status, 0, retry.stderr)
                XCTAssertEqual(try Self.counts(url), complete)
            } else {
                XCTAssertEqual(retry.status, 1, "a complete copy is not copied into twice")
                XCTAssertTrue(retry.stderr.contains("already holds a record"), retry.stderr)
            }
        }
        print("copy kill test: \(outcomes.joined(separator: ", "))")
    }
}
