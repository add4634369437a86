import Foundation
import Testing
@testable import PlannerPresentation

/// The shipped data's report rendered by a real browser: headless Chromium (Debian's
/// `chromium`, installed by tools/setup), network blocked.
@Suite struct BrowserRenderTests {
    static let chromium = "/usr/bin/chromium"
    static let window = (width: 1240, height: 1754)   // A4 at 150 dpi

    /// Screenshots `page` with the network blocked; returns the PNG and the browser's log.
    func screenshot(_ page: URL, in folder: URL) throws -> (png: Data, log: String, seconds: Double) {
        let png = folder.appendingPathComponent(page.deletingPathExtension().lastPathComponent + ".png")
        let result = try Program.run(Self.chromium, [
            "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
            "--user-data-dir=\(folder.appendingPathComponent("profile").path)",
            "--host-resolver-rules=MAP * ~NOTFOUND", "--enable-logging=stderr", "--v=0",
            "--window-size=\(Self.window.width),\(Self.window.height)", "--screenshot=\(png.path)", page.absoluteString,
        ], environment: ["HOME": folder.path, "PATH": "/usr/bin:/bin"])
        #expect(result.status == 0, "chromium failed: \(result.stderr.suffix(2000))")
        return (try Data(contentsOf: png), result.stderr, result.seconds)
    }

    /// Width and height from a PNG's IHDR chunk.
    func pngSize(_ png: Data) -> (width: Int, height: Int)? {
        let bytes = [UInt8](png.prefix(24))
        guard bytes.count == 24, bytes[0..<8] == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A],
              String(decoding: bytes[12..<16], as: UTF8.self) == "IHDR" else { return nil }
        func be32(_ i: Int) -> Int { bytes[i..<i + 4].reduce(0) { $0 << 8 | Int($1) } }
        return (be32(16), be32(20))
    }

    @Test func theReportRendersToAFullPageWithNoConsoleErrors() throws {
        guard FileManager.default.isExecutableFile(atPath: Self.chromium) else {
            print("SKIPPED theReportRendersToAFullPageWithNoConsoleErrors: \(Self.chromium) is missing (tools/setup installs it)")
            return
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("report-render-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let report = folder.appendingPathComponent("report.html"), blank = folder.appendingPathComponent("blank.html")
        try ReportFixtures.report(.vi).write(to: report, atomically: true, encoding: .utf8)
        try "<!DOCTYPE html><html><body></body></html>".write(to: blank, atomically: true, encoding: .utf8)

        let rendered = try screenshot(report, in: folder)
        let empty = try screenshot(blank, in: folder)
        print("report.html \(try Data(contentsOf: report).count / 1024) KiB rendered in \(String(format: "%.1f", rendered.seconds)) s;"
              + " screenshot \(rendered.png.count / 1024) KiB, blank page \(empty.png.count / 1024) KiB")

        let size = try #require(pngSize(rendered.png), "not a PNG")
        #expect(size.width == Self.window.width && size.height == Self.window.height)
        #expect(pngSize(empty.png).map { $0.width == Self.window.width } == true)
        // A blank page compresses to almost nothing; maps, charts and text do not.
        #expect(rendered.png.count > 20 * empty.png.count, "the screenshot looks blank")
        for line in rendered.log.split(separator: "\n") where line.contains(":CONSOLE") || line.contains("Uncaught") {
            Issue.record("console message: \(line)")
        }
        #expect(!rendered.log.contains("ERR_NAME_NOT_RESOLVED") && !rendered.log.contains("Page load failed"))
        #expect(rendered.seconds < 20)
    }

    @Test func theConsoleCheckCatchesAScriptError() throws {
        guard FileManager.default.isExecutableFile(atPath: Self.chromium) else {
            print("SKIPPED theConsoleCheckCatchesAScriptError: \(Self.chromium) is missing (tools/setup installs it)")
            return
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("report-render-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("broken.html")
        try "<!DOCTYPE html><html><body><script>notDefined()</script></body></html>".write(to: page, atomically: true, encoding: .utf8)
        #expect(try screenshot(page, in: folder).log.contains("Uncaught ReferenceError"))
    }
}
