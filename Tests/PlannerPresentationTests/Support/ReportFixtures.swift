import Foundation
import Planner
@testable import PlannerPresentation

/// The shipped data's report, built once per language (as of ``ShippedData/asOf``, by district).
enum ReportFixtures {
    static let vi: Result<String, any Error> = Result { try html(.vi) }
    static let en: Result<String, any Error> = Result { try html(.en) }

    static func report(_ lang: ReportLanguage) throws -> String { try (lang == .vi ? vi : en).get() }

    private static func html(_ lang: ReportLanguage) throws -> String {
        try QuarterlyReport(asOf: ShippedData.asOf, lang: lang, unitLevel: .district).html(ShippedData.loaded.get())
    }

    /// A result table's JSON contract, parsed.
    static func parsed(_ table: ResultTable) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(table.json().utf8)) as! [String: Any]
    }

    /// A JSON number.
    static func number(_ any: Any?) -> Double { (any as? NSNumber)?.doubleValue ?? .nan }
}

/// Runs a program, its output in files (so no pipe can fill up), and waits for it.
enum Program {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
        var seconds: Double
    }

    static func run(_ path: String, _ arguments: [String], environment: [String: String]? = nil, in directory: URL? = nil) throws -> Result {
        let tmp = FileManager.default.temporaryDirectory.appendingPathComponent("run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: tmp, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: tmp) }
        let out = tmp.appendingPathComponent("out"), err = tmp.appendingPathComponent("err")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        if let environment { process.environment = environment }
        if let directory { process.currentDirectoryURL = directory }
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        let start = Date()
        try process.run()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: (try? String(contentsOf: out, encoding: .utf8)) ?? "",
                      stderr: (try? String(contentsOf: err, encoding: .utf8)) ?? "", seconds: Date().timeIntervalSince(start))
    }
}
