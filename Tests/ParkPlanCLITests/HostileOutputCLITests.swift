import Foundation
import Testing
import TestSupport

/// Issue 11, items 1, 3, 4 and 12 (output paths): outputs that cannot hurt the store,
/// write errors as messages, numbers checked at the boundary.
@Suite struct HostileOutputCLITests {
    /// A scratch folder with a store holding the shipped parks.
    static func parksStore() throws -> (URL, String) {
        let dir = try CLIRunner.scratch()
        let store = dir.appendingPathComponent("s.gpkg").path
        let r = try CLIRunner.run(CLIRunner.parkplan, ["import", "parks", CLIRunner.geodata("parks.geojson"), "--store", store])
        guard r.status == 0 else { throw CLIFailure("import parks: \(r.stderr)") }
        return (dir, store)
    }

    static func isSQLite(_ path: String) -> Bool {
        (FileManager.default.contents(atPath: path)?.prefix(16)).map { $0 == Data("SQLite format 3\0".utf8) } ?? false
    }

    @Test("-o and --gpkg naming the store are refused and leave it intact (item 1)",
          arguments: [["export", "--layer", "parks", "-o"], ["parks", "-o"], ["parks", "--format", "json", "-o"], ["parks", "--gpkg"]])
    func outputOntoStore(args: [String]) throws {
        let (_, store) = try Self.parksStore()
        let before = try FileManager.default.attributesOfItem(atPath: store)[.size] as? Int
        let r = try CLIRunner.run(CLIRunner.parkplan, args + [store, "--store", store])
        #expect(r.status != 0)
        #expect(r.stderr.contains("it is the store"))
        #expect(Self.isSQLite(store))
        #expect(try FileManager.default.attributesOfItem(atPath: store)[.size] as? Int == before)
        let again = try CLIRunner.run(CLIRunner.parkplan, ["parks", "--store", store, "--format", "json"])
        #expect(again.status == 0)
    }

    @Test("-o onto another GeoPackage is refused (item 1)")
    func outputOntoOtherDatabase() throws {
        let (dir, store) = try Self.parksStore()
        let other = dir.appendingPathComponent("other.gpkg").path
        try FileManager.default.copyItem(atPath: store, toPath: other)
        let r = try CLIRunner.run(CLIRunner.parkplan, ["parks", "--store", store, "-o", other])
        #expect(r.status != 0)
        #expect(r.stderr.contains("SQLite"))
        #expect(Self.isSQLite(other))
    }

    @Test("-o through a symlink writes the link's target; the link stays a link (item 1)")
    func outputThroughSymlink() throws {
        let (dir, store) = try Self.parksStore()
        let target = dir.appendingPathComponent("target.json").path
        let link = dir.appendingPathComponent("link.json").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        let r = try CLIRunner.run(CLIRunner.parkplan, ["parks", "--store", store, "--format", "json", "-o", link])
        #expect(r.status == 0)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == target)
        let text = try String(contentsOfFile: target, encoding: .utf8)
        #expect(text.contains("an-hoa"))
    }

    @Test("-o onto a regular file replaces it whole, leaving no temporary file")
    func outputReplacesRegularFile() throws {
        let (dir, store) = try Self.parksStore()
        let out = dir.appendingPathComponent("out.json").path
        try Data(String(repeating: "x", count: 100_000).utf8).write(to: URL(fileURLWithPath: out))
        let r = try CLIRunner.run(CLIRunner.parkplan, ["parks", "--store", store, "--format", "json", "-o", out])
        #expect(r.status == 0)
        let text = try String(contentsOfFile: out, encoding: .utf8)
        #expect(!text.contains("xxx"))
        #expect(try JSONSerialization.jsonObject(with: Data(text.utf8)) is [Any] || text.hasPrefix("{"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == ["out.json", "s.gpkg"])
    }

    @Test("A full device is a clear error with a non-zero exit, no crash (item 3)",
          arguments: [["parks", "-o", "/dev/full"], ["export", "--layer", "parks", "-o", "/dev/full"],
                      ["parks", "--format", "geojson", "-o", "/dev/full"]])
    func fullDevice(args: [String]) throws {
        let (_, store) = try Self.parksStore()
        let r = try CLIRunner.run(CLIRunner.parkplan, args + ["--store", store])
        #expect(r.status == 1)
        #expect(r.stderr.contains("No space left on device"))
        #expect(!r.stderr.contains("Fatal error"))
        var info = stat()
        #expect(stat("/dev/full", &info) == 0 && (info.st_mode & S_IFMT) == S_IFCHR)
    }

    @Test("Standard output on a full device is a clear error (item 3)")
    func fullStandardOutput() throws {
        let (_, store) = try Self.parksStore()
        let r = try CLIRunner.run("/bin/sh", ["-c", "\"$0\" parks --store \"$1\" --format json > /dev/full", CLIRunner.parkplan, store])
        #expect(r.status == 1)
        #expect(r.stderr.contains("No space left on device"))
    }

    @Test("A missing output folder or a folder as output is a clear message (item 12)")
    func outputFolders() throws {
        let (dir, store) = try Self.parksStore()
        let missing = try CLIRunner.run(CLIRunner.parkplan, ["parks", "--store", store, "-o", dir.path + "/nowhere/x.json"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("does not exist"))
        #expect(!missing.stderr.contains("NSCocoaErrorDomain"))
        let folder = try CLIRunner.run(CLIRunner.parkplan, ["export", "--layer", "parks", "--store", store, "-o", dir.path])
        #expect(folder.status == 1)
        #expect(folder.stderr.contains("is a folder"))
        let input = try CLIRunner.run(CLIRunner.parkplan, ["import", "parks", dir.path, "--store", store])
        #expect(input.status != 0)
        #expect(input.stderr.contains("is a folder"))
        #expect(!input.stderr.contains("NSCocoaErrorDomain"))
    }

    @Test("Out-of-range numbers are refused before any work (item 4)",
          arguments: [["parks", "--precision", "400"], ["parks", "--precision=-1"], ["parks", "--precision", "9223372036854775807"],
                      ["export", "--layer", "parks", "--precision", "16"],
                      ["overlaps", "--layer", "parks", "--min-area", "nan"], ["overlaps", "--layer", "parks", "--min-area", "inf"],
                      ["overlaps", "--layer", "parks", "--min-area=-1"], ["parcel-gaps", "--min-area", "nan"]])
    func numbersChecked(args: [String]) throws {
        let (_, store) = try Self.parksStore()
        let r = try CLIRunner.run(CLIRunner.parkplan, args + ["--store", store])
        #expect(r.status == 64)
        #expect(r.stderr.contains("--precision") || r.stderr.contains("--min-area"))
    }
}
