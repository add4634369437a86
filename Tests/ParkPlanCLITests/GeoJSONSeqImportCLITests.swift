import Foundation
import Testing
import TestSupport
import Planner
@testable import PlannerStore

/// `parkplan import` reads GeoJSONSeq (one feature per line, RS-prefixed or not) exactly
/// as it reads the same features in a FeatureCollection.
@Suite struct GeoJSONSeqImportCLITests {
    /// The shipped parcels as GeoJSONSeq; `rs` puts RS (0x1E) before every other record.
    static func seqFile(_ dir: URL, name: String, rs: Bool) throws -> URL {
        let data = try Data(contentsOf: URL(fileURLWithPath: CLIRunner.geodata("parcels.geojson")))
        let root = try JSONSerialization.jsonObject(with: data) as! [String: Any]
        let features = root["features"] as! [[String: Any]]
        var out = Data()
        for (i, f) in features.enumerated() {
            if rs && i % 2 == 0 { out.append(0x1E) }
            out.append(try JSONSerialization.data(withJSONObject: f))
            out.append(0x0A)
        }
        let url = dir.appendingPathComponent(name)
        try out.write(to: url)
        return url
    }

    @Test(arguments: [("parcels.geojsonl", false), ("parcels.geojsons", true), ("parcels.txt", true)])
    func seqImportMatchesTheFeatureCollection(_ name: String, _ rs: Bool) throws {
        let dir = try CLIRunner.scratch()
        let seqStore = dir.appendingPathComponent("seq.gpkg").path, fcStore = dir.appendingPathComponent("fc.gpkg").path
        let file = try Self.seqFile(dir, name: name, rs: rs)
        for store in [seqStore, fcStore] {
            #expect(try CLIRunner.run(CLIRunner.parkplan, ["import", "parks", CLIRunner.geodata("parks.geojson"), "--store", store]).status == 0)
        }
        let seq = try CLIRunner.run(CLIRunner.parkplan, ["import", "parcels", file.path, "--store", seqStore])
        #expect(seq.status == 0, "\(seq.stderr)")
        #expect(seq.stdout.contains("imported 2500 parcels from \(name)"), "\(seq.stdout)")
        let fc = try CLIRunner.run(CLIRunner.parkplan, ["import", "parcels", CLIRunner.geodata("parcels.geojson"), "--store", fcStore])
        #expect(fc.status == 0, "\(fc.stderr)")
        let fromSeq = try PlanningStore.open(at: seqStore).parcels(), fromFC = try PlanningStore.open(at: fcStore).parcels()
        #expect(fromSeq.count == 2500)
        // The same parcels and ledgers; only the moments the two imports recorded differ.
        func untimed(_ parcels: [Parcel]) -> [Parcel] {
            parcels.map { p in
                var p = p
                p.ledgerEntries = p.ledgerEntries.map { e in var e = e; e.recordedAt = nil; return e }
                return p
            }
        }
        #expect(untimed(fromSeq) == untimed(fromFC))
    }

    @Test func aBadRecordIsNamedAndNothingIsWritten() throws {
        let dir = try CLIRunner.scratch()
        let store = dir.appendingPathComponent("s.gpkg").path
        #expect(try CLIRunner.run(CLIRunner.parkplan, ["import", "parks", CLIRunner.geodata("parks.geojson"), "--store", store]).status == 0)
        let before = try Data(contentsOf: URL(fileURLWithPath: store))
        let good = try Self.seqFile(dir, name: "good.geojsonl", rs: false)
        var lines = try String(contentsOf: good, encoding: .utf8).split(separator: "\n").map(String.init)
        lines[2400] = lines[2400].replacingOccurrences(of: #""land_use":"#, with: #""land_use":x"#)
        let bad = dir.appendingPathComponent("bad.geojsonl")
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: bad)
        let r = try CLIRunner.run(CLIRunner.parkplan, ["import", "parcels", bad.path, "--store", store])
        #expect(r.status != 0)
        #expect(r.stderr.contains("bad.geojsonl: feature 2400: malformed JSON:"), "\(r.stderr)")
        #expect(r.stderr.contains("line 2401)"), "\(r.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: store)) == before)
    }
}
