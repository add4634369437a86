import Foundation
import Testing
import TestSupport

/// Issue 11, item 11: standard input and FIFOs are read once, whatever the member order.
@Suite struct PipeImportCLITests {
    /// The shipped parks with a `crs` member after `features` (the order that failed on a pipe).
    static func crsLast(in dir: URL) throws -> String {
        let text = try String(contentsOfFile: CLIRunner.geodata("parks.geojson"), encoding: .utf8)
        let body = text.trimmingCharacters(in: .whitespacesAndNewlines)
        let file = dir.appendingPathComponent("parks.geojson").path
        let crs = #","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:OGC:1.3:CRS84"}}}"#
        try Data((String(body.dropLast()) + crs).utf8).write(to: URL(fileURLWithPath: file))
        return file
    }

    @Test("cat f | parkplan import parks /dev/stdin imports every park")
    func standardInput() throws {
        let dir = try CLIRunner.scratch()
        let file = try Self.crsLast(in: dir)
        let store = dir.appendingPathComponent("s.gpkg").path
        let r = try CLIRunner.run("/bin/sh", ["-c", "cat \"$1\" | \"$0\" import parks /dev/stdin --store \"$2\"", CLIRunner.parkplan, file, store])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("imported 11 parks"))
    }

    @Test("A named FIFO is read once and does not hang")
    func namedFIFO() throws {
        let dir = try CLIRunner.scratch()
        let file = try Self.crsLast(in: dir)
        let fifo = dir.appendingPathComponent("in.fifo").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let store = dir.appendingPathComponent("s.gpkg").path
        // The writer is a child too, so the test cannot block on opening the FIFO.
        let writer = try CLIRunner.start("/bin/sh", ["-c", "cat \"$0\" > \"$1\"", file, fifo])
        let r = try CLIRunner.run(CLIRunner.parkplan, ["import", "parks", fifo, "--store", store])
        writer.process.waitUntilExit()
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("imported 11 parks"))
    }
}

/// Issue 11, item 10: look-up keys typed on the command line are compared in NFC.
@Suite struct NFCLookupCLITests {
    @Test("A parcel id typed in NFD finds the NFC one import stored")
    func nfdParcelId() throws {
        let dir = try CLIRunner.scratch()
        let x = 600_000.0, y = 2_300_000.0
        let square = "[[[\(x),\(y)],[\(x + 100),\(y)],[\(x + 100),\(y + 100)],[\(x),\(y + 100)],[\(x),\(y)]]]"
        func fc(_ props: String) -> String {
            #"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{\#(props)},"geometry":{"type":"Polygon","coordinates":\#(square)}}]}"#
        }
        let nfc = "L\u{00F4}-\u{1EA0}1"  // "Lô-Ạ1", precomposed
        let nfd = nfc.decomposedStringWithCanonicalMapping
        #expect(Array(nfd.utf8) != Array(nfc.utf8))
        let store = dir.appendingPathComponent("s.gpkg").path
        for (layer, props) in [("parks", #""id":"pk","name":"Khu thử","kind":"industrial_park","approved_area_ha":1"#),
                               ("parcels", #""id":"\#(nfc)","park":"pk","land_use":"LUC","clearance":"inventoried","clearance_date":"2024-02-01""#)] {
            let file = dir.appendingPathComponent("\(layer).geojson")
            try Data(fc(props).utf8).write(to: file)
            let r = try CLIRunner.run(CLIRunner.parkplan, ["import", layer, file.path, "--crs", "EPSG:9210", "--store", store])
            guard r.status == 0 else { throw CLIFailure("import \(layer): \(r.stderr)") }
        }
        let r = try CLIRunner.run(CLIRunner.parkplan, ["clearance", "set", nfd, "compensated", "--date", "2024-03-01", "--by", "test", "--store", store])
        #expect(r.status == 0, "\(r.stderr)")
    }
}
