import Foundation
import Testing
@testable import Planner

/// Replays what `tools/fuzz/run` keeps: its corpus (inputs that reach new code) and every
/// finding (`crashes/`), through the same readers and with the same promises as the fuzz
/// targets, so a fixed crash stays fixed.
@Suite struct FuzzCorpusTests {
    static func inputs(_ target: String) -> [URL] {
        ["corpus", "crashes"].flatMap { folder -> [URL] in
            let dir = TestFixtures.packageRoot.appendingPathComponent("tools/fuzz/\(folder)/\(target)")
            let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
            return names.filter { !$0.hasPrefix(".") }.sorted().map { dir.appendingPathComponent($0) }
        }
    }

    @Test func corpusIsThere() {
        #expect(Self.inputs("geojson").count >= 5)
        #expect(Self.inputs("tasks").count >= 2)
    }

    @Test(arguments: inputs("geojson"))
    func geoJSONInput(_ url: URL) throws {
        let data = try Data(contentsOf: url)
        try check(ParcelImporter(), data, url)
        try check(ParkImporter(), data, url)
        try check(InfrastructureImporter(), data, url)
        try check(AdministrativeUnitImporter(), data, url, level: UnitLevel(rawValue: "commune"))
    }

    private func check<I: LayerImporter>(_ importer: I, _ data: Data, _ url: URL, level: UnitLevel? = nil) throws {
        do {
            _ = try importer.read(data, file: "fuzz.geojson", options: ImportOptions(level: level))
        } catch {
            #expect(!error.issues.isEmpty, "\(url.lastPathComponent): \(I.self) refused with no problem listed")
            #expect(error.issues.allSatisfy { $0.file == "fuzz.geojson" }, "\(url.lastPathComponent): a problem names another file")
        }
    }

    @Test(arguments: inputs("tasks"))
    func taskTableInput(_ url: URL) throws {
        let text = String(decoding: try Data(contentsOf: url), as: UTF8.self)
        let table = PlanTaskTableParser().parse(text)
        let lines = text.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false).count
        #expect(table.problems.allSatisfy { (1...max(lines, 1)).contains($0.line) })
        for task in table.tasks where task.content.isEmpty {
            #expect(table.problems.contains { $0.reason.contains("task \(task.reference) ") },
                    "\(url.lastPathComponent): task \(task.reference) has no content and no problem says so")
        }
    }

    /// The first finding: a header naming "Nội dung" twice made the later, empty column
    /// the content, and every task was reported as having none.
    @Test func repeatedHeaderColumnIsNamed() {
        let text = "TT\tNội dung\tCơ quan chủ trì\tNội dung\n1\tLàm đường\tSở Xây dựng\t\n"
        let table = PlanTaskTableParser().parse(text)
        #expect(table.problems.first?.line == 1)
        #expect(table.problems.first?.reason.contains("\"Nội dung\"") == true)
    }
}
