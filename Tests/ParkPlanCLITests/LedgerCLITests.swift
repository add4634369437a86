import Foundation
import GRDB
import Testing
import TestSupport
@testable import PlannerStore

/// The clearance ledger as its users meet it on the command line: refusals that write
/// nothing, corrections that keep the record, updates and exports that lose no history.
@Suite struct LedgerCLITests {
    private static func parkplan(_ args: [String]) throws -> CLIRunner.Result { try CLIRunner.run(CLIRunner.parkplan, args) }

    private static func tool(_ args: [String]) throws -> CLIRunner.Result { try CLIRunner.run("/usr/bin/env", args) }

    private static func bytes(_ path: String) throws -> Data { try Data(contentsOf: URL(fileURLWithPath: path)) }

    private static func eventCount(_ store: String) throws -> Int {
        try DatabaseQueue(path: store).read { try Int.fetchOne($0, sql: "SELECT count(*) FROM clearance_events")! }
    }

    @Test func eachRefusalSaysWhyAndWritesNothing() throws {
        let (_, store) = try ShippedStore.copy()
        let before = try Self.bytes(store)
        let refusals: [([String], Int32, String)] = [
            (["TT-000016", "handed_over", "--date", "2030-01-01", "--by", "X"], 1, "after today"),
            (["TT-000016", "handed_over", "--date", "1989-06-01", "--by", "X"], 1, "before 1990-01-01"),
            (["TT-000016", "handed_over", "--date", "2025-01-01", "--by", ""], 1, "--by"),
            (["TT-000016", "handed_over", "--date", "2025-01-01", "--by", "   "], 1, "--by"),
            (["TT-999999", "handed_over", "--date", "2025-01-01", "--by", "X"], 1, "no parcel with id \"TT-999999\""),
            (["TT-000016", "cleared", "--date", "2025-01-01", "--by", "X"], 64, "unknown status 'cleared'"),
            (["TT-000016", "handed_over", "--date", "2025-02-30", "--by", "X"], 64, "2025-02-30"),
            (["TT-000016", "inventoried", "--date", "2026-11-01", "--by", "X"], 1, "goes backwards"),
            (["TT-000016", "compensated", "--date", "2024-01-01", "--by", "X"], 1, "before the last event in force"),
        ]
        for (args, status, message) in refusals {
            let r = try Self.parkplan(["clearance", "set"] + args + ["--store", store])
            #expect(r.status == status, "\(args): \(r.stderr)")
            #expect(r.stderr.contains(message), "\(args): \(r.stderr)")
        }
        let repeatOf = try Self.parkplan(["clearance", "set", "TT-000016", "handed_over", "--date", "2026-11-01", "--by", "X", "--store", store])
        #expect(repeatOf.status == 0)
        #expect(repeatOf.stdout.contains("already handed_over since 2026-07-13; nothing was recorded"), "\(repeatOf.stdout)")
        #expect(try Self.bytes(store) == before)
    }

    @Test func aTypoIsVoidedAndTheReportAsSentStillReads() throws {
        let (_, store) = try ShippedStore.copy()
        // The mistake of the issue: a wrong day that blocks every later update.
        let typo = try Self.parkplan(["clearance", "set", "AH-000002", "handed_over", "--date", "2026-11-30", "--by", "Ban GPMB", "--store", store])
        #expect(typo.status == 0, "\(typo.stderr)")
        let entry = try #require(typo.stdout.split(separator: " ").first { $0.hasPrefix("AH-000002/") }.map(String.init))
        // Moments are typed to the second: let one whole second pass after the entry.
        Thread.sleep(forTimeInterval: 1.1)
        let sent = try Self.parkplan(["clearance", "--by", "park", "--as-of", "2026-11-30", "--format", "json", "--store", store])
        let sentAt = ISO8601DateFormatter().string(from: Date())
        Thread.sleep(forTimeInterval: 1.1)
        let void = try Self.parkplan(["clearance", "void", entry, "--reason", "wrong parcel", "--by", "Ban GPMB", "--store", store])
        #expect(void.status == 0, "\(void.stderr)")
        let again = try Self.parkplan(["clearance", "void", entry, "--reason", "twice", "--by", "Ban GPMB", "--store", store])
        #expect(again.status == 1 && again.stderr.contains("already voided"), "\(again.stderr)")
        let now = try Self.parkplan(["clearance", "--by", "park", "--as-of", "2026-11-30", "--format", "json", "--store", store])
        let asSent = try Self.parkplan(["clearance", "--by", "park", "--as-of", "2026-11-30", "--as-recorded", sentAt, "--format", "json", "--store", store])
        #expect(now.stdout != sent.stdout)
        #expect(asSent.stdout == sent.stdout)
        let corrections = try Self.parkplan(["clearance", "corrections", "--as-of", "2026-11-30", "--reported-at", sentAt,
                                             "--format", "json", "--store", store])
        #expect(corrections.status == 0, "\(corrections.stderr)")
        #expect(corrections.stdout.contains(#""parcel":"AH-000002""#) && corrections.stdout.contains(#""reported":"handed_over""#),
                "\(corrections.stdout)")
        let history = try Self.parkplan(["clearance", "history", "AH-000002", "--format", "json", "--store", store])
        #expect(history.stdout.contains(#""kind":"void""#) && history.stdout.contains(#""reason":"wrong parcel""#))
        #expect(history.stdout.contains(#""voided_by":"AH-000002/"#), "\(history.stdout)")
    }

    @Test func replacingTheParcelLayerKeepsEveryEventAndRetiresWhatIsGone() throws {
        let (dir, store) = try ShippedStore.copy()
        #expect(try Self.parkplan(["clearance", "set", "TT-000016", "disputed", "--date", "2026-11-01", "--by", "Ban GPMB", "--store", store]).status == 0)
        let events = try Self.eventCount(store)
        let inventoried = try Self.parkplan(["clearance", "--by", "park", "--as-of", "2025-06-30", "--format", "json", "--store", store]).stdout
        // The same layer without its last parcel.
        let data = try Data(contentsOf: URL(fileURLWithPath: CLIRunner.geodata("parcels.geojson")))
        var root = try JSONSerialization.jsonObject(with: data) as! [String: Any]
        var features = root["features"] as! [[String: Any]]
        let gone = (features.removeLast()["properties"] as! [String: Any])["id"] as! String
        root["features"] = features
        let file = dir.appendingPathComponent("resurvey.geojson")
        try JSONSerialization.data(withJSONObject: root).write(to: file)
        let r = try Self.parkplan(["import", "parcels", file.path, "--replace", "--retire-on", "2026-11-15", "--store", store])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("retired on 2026-11-15") || r.stderr.contains("retired on 2026-11-15"), "\(r.stdout)\(r.stderr)")
        #expect(try Self.eventCount(store) == events)
        #expect(try Self.parkplan(["clearance", "--by", "park", "--as-of", "2025-06-30", "--format", "json", "--store", store]).stdout == inventoried)
        let history = try Self.parkplan(["clearance", "history", "TT-000016", "--format", "json", "--store", store]).stdout
        #expect(history.contains(#""status":"disputed""#))
        // The retired parcel is kept with its history and no longer counted after the day.
        #expect(try Self.parkplan(["clearance", "history", gone, "--store", store]).status == 0)
        let after = try Self.parkplan(["export", "--layer", "parcels", "--as-of", "2026-11-20", "--store", store]).stdout
        #expect(!after.contains(#""id":"\#(gone)""#))
        let before = try Self.parkplan(["export", "--layer", "parcels", "--as-of", "2026-11-14", "--store", store]).stdout
        #expect(before.contains(#""id":"\#(gone)""#))
    }

    @Test func exportThenImportGivesTheSameAnswersOnTenDaysAndTwoMoments() throws {
        let (dir, store) = try ShippedStore.copy()
        #expect(try Self.parkplan(["clearance", "set", "AH-000002", "inventoried", "--date", "2026-10-01", "--by", "Ban GPMB", "--store", store]).status == 0)
        let first = ISO8601DateFormatter().string(from: Date().addingTimeInterval(1))
        Thread.sleep(forTimeInterval: 2.1)
        #expect(try Self.parkplan(["clearance", "void", "AH-000002/1", "--reason", "wrong parcel", "--by", "Ban GPMB", "--store", store]).status == 0)
        let exported = dir.appendingPathComponent("export")
        #expect(try Self.parkplan(["export", "--store", store, "-o", exported.path]).status == 0)
        let copy = dir.appendingPathComponent("copy.gpkg").path
        for layer in ["units", "parks", "parcels"] {
            let r = try Self.parkplan(["import", layer, exported.appendingPathComponent("\(layer).geojson").path, "--store", copy])
            #expect(r.status == 0, "\(layer): \(r.stderr)")
        }
        let days = ["2023-06-30", "2023-12-31", "2024-06-30", "2024-12-31", "2025-03-31", "2025-06-30", "2025-09-30",
                    "2025-12-31", "2026-09-30", "2026-11-30"]
        for day in days {
            for by in ["park", "commune"] {
                let args = ["clearance", "--by", by, "--as-of", day, "--format", "json"]
                let a = try Self.parkplan(args + ["--store", store]), b = try Self.parkplan(args + ["--store", copy])
                #expect(a.status == 0 && a.stdout == b.stdout, "\(by) on \(day)")
            }
        }
        for moment in [first, ISO8601DateFormatter().string(from: Date())] {
            let args = ["clearance", "--by", "park", "--as-of", "2026-11-30", "--as-recorded", moment, "--format", "json"]
            #expect(try Self.parkplan(args + ["--store", store]).stdout == Self.parkplan(args + ["--store", copy]).stdout, "as recorded \(moment)")
        }
        let h = ["clearance", "history", "AH-000002", "--format", "json"]
        #expect(try Self.parkplan(h + ["--store", store]).stdout == Self.parkplan(h + ["--store", copy]).stdout)
    }

    /// The Q3 report as sent, made again after later changes and corrections, comes out
    /// byte for byte the same when asked as recorded at the moment it was sent.
    @Test func theQuarterlyReportAsSentIsReproducedExactlyLater() throws {
        let (dir, store) = try ShippedStore.copy()
        let sentAt = ISO8601DateFormatter().string(from: Date())
        Thread.sleep(forTimeInterval: 1.1)
        let report = { (name: String, recorded: String?) throws -> Data in
            let out = dir.appendingPathComponent(name).path
            let r = try Self.parkplan(["report", "--as-of", "2026-09-30", "--lang", "en", "-o", out, "--store", store]
                                      + (recorded.map { ["--as-recorded", $0] } ?? []))
            #expect(r.status == 0, "\(r.stderr)")
            return try Self.bytes(out)
        }
        let sent = try report("sent.html", sentAt)
        #expect(String(decoding: sent, as: UTF8.self).contains("from the clearance record as it stood at"))
        // Later: a hand-over recorded late (dated in Q3) and a correction of an old event.
        #expect(try Self.parkplan(["clearance", "set", "AH-000002", "handed_over", "--date", "2026-09-15", "--by", "Ban GPMB", "--store", store]).status == 0)
        #expect(try Self.parkplan(["clearance", "void", "TT-000016/4", "--reason", "hand-over not signed", "--by", "Ban GPMB", "--store", store]).status == 0)
        #expect(try report("again.html", sentAt) == sent)
        #expect(try report("now.html", nil) != sent)
    }
}
