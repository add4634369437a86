import Foundation

/// Runs the built `parkplan` (and other tools) as a user would, capturing output.
public enum CLIRunner {
    /// The repository's root folder.
    public static var root: URL { Repository.root }

    /// The `parkplan` binary SwiftPM built next to this test bundle.
    public static var parkplan: String {
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

    /// A file of the shipped data (`geodata/NAME`).
    public static func geodata(_ name: String) -> String { Repository.geodata(name).path }

    /// A finished run: exit status and what it wrote.
    public struct Result: Sendable {
        public var status: Int32
        public var stdout: String
        public var stderr: String
    }

    /// Runs `executable` with `arguments` in `directory`; stdout and stderr go to files so
    /// neither pipe can fill up and block the child.
    @discardableResult
    public static func run(_ executable: String, _ arguments: [String], in directory: URL? = nil) throws -> Result {
        let process = try start(executable, arguments, in: directory)
        process.process.waitUntilExit()
        return process.result()
    }

    /// A run started and not yet waited for.
    public final class Running {
        public let process: Process
        let outURL: URL
        let errURL: URL
        init(process: Process, outURL: URL, errURL: URL) {
            self.process = process
            self.outURL = outURL
            self.errURL = errURL
        }
        /// What the process has written so far (it may still be running).
        public func output() -> (stdout: String, stderr: String) {
            ((try? String(contentsOf: outURL, encoding: .utf8)) ?? "", (try? String(contentsOf: errURL, encoding: .utf8)) ?? "")
        }
        public func result() -> Result {
            Result(status: process.terminationStatus,
                   stdout: (try? String(contentsOf: outURL, encoding: .utf8)) ?? "",
                   stderr: (try? String(contentsOf: errURL, encoding: .utf8)) ?? "")
        }
    }

    public static func start(_ executable: String, _ arguments: [String], in directory: URL? = nil) throws -> Running {
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
    public static func scratch() throws -> URL { try Scratch.folder() }

    /// Imports every shipped layer into `store` through the CLI (for the tests whose point
    /// is the import command; the others share ``ShippedStore``).
    public static func importShipped(into store: String) throws {
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

/// A step of a test's set-up that failed, with what the tool said.
public struct CLIFailure: Error, CustomStringConvertible {
    public let description: String
    public init(_ d: String) { description = d }
}
