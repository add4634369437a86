import Foundation
import Testing
import TestSupport

/// Typed options: a bad day says why it is not a day, an unknown utility, section,
/// language or map names the values allowed; all are usage errors (exit 64) before any work.
@Suite struct ArgumentCLITests {
    @Test("A day that is not a day says why", arguments: [
        (["clearance", "--as-of", "2025-02-30"], "--as-of", "February 2025 has 28 days"),
        (["parks", "--as-of", "2024-13-01"], "--as-of", "there is no month 13"),
        (["clearance", "set", "TT-000016", "handed_over", "--date", "2023-02-29", "--by", "x"], "--date", "February 2023 has 28 days"),
        (["export", "--layer", "parcels", "--as-of", "2025-04-31"], "--as-of", "April 2025 has 30 days"),
        (["import", "parcels", "x.geojson", "--replace", "--retire-on", "5/6/2025"], "--retire-on", "expected an ISO date YYYY-MM-DD"),
    ])
    func badDays(args: [String], option: String, reason: String) throws {
        let r = try CLIRunner.run(CLIRunner.parkplan, args + ["--store", try ShippedStore.path])
        #expect(r.status == 64, "\(r.stderr)")
        #expect(r.stderr.contains("invalid for '\(option) "), "\(r.stderr)")
        #expect(r.stderr.contains(reason), "\(r.stderr)")
    }

    @Test("An unknown name lists the names allowed", arguments: [
        (["gaps", "--utility", "gas"], "'all', 'power', 'water' or 'telecom'"),
        (["tasks", "--section", "roads"], "'power', 'water', 'telecom', 'clearance' or 'other'"),
        (["report", "--lang", "fr", "-o", "r.html"], "'vi' and 'en'"),
        (["map", "roads", "-o", "m.svg"], "- clearance"),
        (["map", "gaps", "--utility", "sewer", "-o", "m.svg"], "'power', 'water' or 'telecom'"),
    ])
    func unknownNames(args: [String], allowed: String) throws {
        let r = try CLIRunner.run(CLIRunner.parkplan, args + ["--store", try ShippedStore.path])
        #expect(r.status == 64, "\(r.stderr)")
        #expect(r.stderr.contains(allowed), "\(r.stderr)")
    }

    @Test func oneUtilityOrAllGiveTheSameRowsForThatUtility() throws {
        let store = try ShippedStore.path
        let all = try CLIRunner.run(CLIRunner.parkplan, ["gaps", "--format", "csv", "--as-of", "2026-09-30", "--store", store])
        let water = try CLIRunner.run(CLIRunner.parkplan, ["gaps", "--utility", "water", "--format", "csv", "--as-of", "2026-09-30", "--store", store])
        #expect(all.status == 0 && water.status == 0)
        // CSV rows end in CRLF (RFC 4180), one Character in Swift.
        let waterRows = water.stdout.split(whereSeparator: \.isNewline).dropFirst()
        #expect(!waterRows.isEmpty)
        #expect(waterRows.allSatisfy { all.stdout.contains($0) })
        #expect(all.stdout.split(whereSeparator: \.isNewline).count > water.stdout.split(whereSeparator: \.isNewline).count)
        #expect(waterRows.allSatisfy { $0.split(separator: ",")[1] == "water" })
    }
}
