import ArgumentParser
import Foundation
import Planner

/// `parkplan demo`: the main job on the shipped data.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Build a store from geodata/, run every query, print a summary and write the outputs.")

    @Option(help: "Folder with the shipped data.")
    var geodata: String = "geodata"

    @Option(help: "Folder the outputs are written to (its store is rebuilt).")
    var output: String = "out"

    @Option(help: "Report date (YYYY-MM-DD; default the end of the last complete quarter).")
    var asOf: String?

    func validate() throws {
        if let asOf { do { _ = try LocalDate(iso: asOf) } catch { throw ValidationError("\(error)") } }
        guard FileManager.default.fileExists(atPath: geodata + "/parks.geojson") else {
            throw ValidationError("no shipped data at \(geodata)/ (run from the repository root, or pass --geodata)")
        }
    }

    func run() throws {
        try reportingFailures {
            let date = try asOf.map { try LocalDate(iso: $0) } ?? DemoJob.lastQuarterEnd(before: .today)
            try DemoJob(geodata: geodata, output: output, asOf: date).run { print($0) }
        }
    }
}
