import Foundation
import Testing
import TestSupport

/// On a terminal (a pseudo-terminal made by `script`), the progress line is cleared before
/// the result is written, so the result never sits glued to it.
@Suite struct TerminalProgressCLITests {
    @Test func theProgressLineIsClearedBeforeTheResult() throws {
        let folder = try Scratch.folder("parkplan-tty")
        let store = folder.appendingPathComponent("x.gpkg").path
        let command = "\(CLIRunner.parkplan) import parks \(CLIRunner.geodata("parks.geojson")) --store \(store)"
        let r = try CLIRunner.run("/usr/bin/script", ["-q", "-e", "-c", command, "/dev/null"], in: folder)
        #expect(r.status == 0, "\(r.stderr)")
        let text = r.stdout
        #expect(text.contains("…"), "no progress line was shown: \(text.debugDescription)")
        let result = try #require(text.range(of: "imported 11 parks"))
        let lastStep = try #require(text.range(of: "…", options: .backwards))
        let between = text[lastStep.upperBound..<result.lowerBound]
        #expect(between.contains("\u{1B}[2K"), "the result follows the progress line uncleared: \(between.debugDescription)")
    }
}
