import Foundation

/// Runs the built `parkplan` (and other tools) as a user would, capturing output.
enum CLIRunner {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The `parkplan` binary SwiftPM built next to this test bundle.
    static var parkplan: String {
        // Beside the test runner first (any --scratch-path), then the default build folder.
        let runner = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        let folders = [Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent(), runner,
                       root.appendingPathComponent(".build/debug")]
        for candidate in folders.map({ $0.appendingPathComponent("parkplan").path })
        where FileManager.default.isExecutableFile(atPath: candidate) {
            return candidate
        }
        return root.appendingPathComponent(".build/debug/parkplan").path
    }

    static func geodata(_ name: String) -> String { root.appendingPathComponent("geodata/\(name)").path }

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs `executable` with `arguments` in `directory`; stdout and stderr go to files so
    /// neither pipe can fill up and block the child.
    @discardableResult
    static func run(_ executable: String, _ arguments: [String], in directory: URL? = nil) throws -> Result {
        let process = try start(executable, arguments, in: directory)
        process.process.waitUntilExit()
        return process.result()
    }

    final class Running {
        let process: Process
        let outURL: URL
        let errURL: URL
        init(process: Process, outURL: URL, errURL: URL) {
            self.process = process
            self.outURL = outURL
            self.errURL = errURL
        }
        func result() -> Result {
            Result(status: process.terminationStatus,
                   stdout: (try? String(contentsOf: outURL, encoding: .utf8)) ?? "",
                   stderr: (try? String(contentsOf: errURL, encoding: .utf8)) ?? "")
        }
    }

    static func start(_ executable: String, _ arguments: [String], in directory: URL? = nil) throws -> Running {
        let tmp = FileManager.default.temporaryDirectory.appendingPathComponent("cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: tmp, withIntermediateDirectories: true)
        let outURL = tmp.appendingPathComponent("out"), errURL = tmp.appendingPathComponent("err")
        FileManager.default.createFile(atPath: outURL.path, contents: nil)
        FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        process.standardOutput = try FileHandle(forWritingTo: outURL)
        process.standardError = try FileHandle(forWritingTo: errURL)
        try process.run()
        return Running(process: process, outURL: outURL, errURL: errURL)
    }

    /// A fresh folder for one test.
    static func scratch() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("parkplan-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    /// Imports every shipped layer into `store` through the CLI.
    static func importShipped(into store: String) throws {
        let steps: [[String]] = [
            ["units", geodata("units_districts.geojson"), "--level", "district"],
            ["units", geodata("units_communes.geojson"), "--level", "commune"],
            ["parks", geodata("parks.geojson")], ["zones", geodata("zones.geojson")],
            ["infrastructure", geodata("infrastructure.geojson")], ["parcels", geodata("parcels.geojson")],
            ["tasks", geodata("plan278_tasks.tsv")],
        ]
        for step in steps {
            let r = try run(parkplan, ["import"] + step + ["--store", store])
            guard r.status == 0 else { throw CLIFailure("import \(step[0]) failed: \(r.stderr)") }
        }
    }
}

struct CLIFailure: Error, CustomStringConvertible {
    let description: String
    init(_ d: String) { description = d }
}
