import Foundation
import Testing
import TestSupport

/// The report in both languages, rendered in headless Chromium at an A4-ish desktop width
/// (1 240 px) and a phone's (400 px): no element reaches past the page (the check runs in
/// the browser: tools/check_report_layout.py, Selenium + chromedriver).
@Suite struct ReportLayoutBrowserTests {
    @Test func theReportFitsTheDesktopAndThePhoneInBothLanguages() throws {
        let folder = try Scratch.folder("parkplan-layout")
        var files: [String] = []
        for lang in ["vi", "en"] {
            let out = folder.appendingPathComponent("report-\(lang).html").path
            let r = try CLIRunner.run(CLIRunner.parkplan, ["report", "--as-of", "2026-09-30", "--lang", lang, "-o", out,
                                                           "--store", try ShippedStore.path])
            try #require(r.status == 0, "\(r.stderr)")
            files.append(out)
        }
        let script = CLIRunner.root.appendingPathComponent("tools/check_report_layout.py").path
        let check = try CLIRunner.run("/usr/bin/env", ["python3", script] + files + ["--widths", "1240,400"])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        // Four renderings were measured, each at its width.
        let lines = check.stdout.split(separator: "\n").filter { $0.contains("element(s) past the page") }
        #expect(lines.count == 4, "\(check.stdout)")
        #expect(lines.filter { $0.contains("at 400 px") }.count == 2, "\(check.stdout)")
        #expect(lines.allSatisfy { $0.hasSuffix(" 0 element(s) past the page") }, "\(check.stdout)")
    }
}
