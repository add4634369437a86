import ArgumentParser
import Foundation
import Planner
import PlannerApp

/// `parkplan demo`: the main job on the shipped data.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Build a store from geodata/, run every query, print a summary and write the outputs.")

    @Option(help: "Folder with the shipped data.")
    var geodata: String = "geodata"

    @Option(help: "Folder the outputs are written to (its store is rebuilt).")
    var output: String = "out"

    @Option(help: "Report date (YYYY-MM-DD; default the end of the last complete quarter).", transform: LocalDate.typed)
    var asOf: LocalDate?

    func validate() throws {
        guard FileManager.default.fileExists(atPath: geodata + "/parks.geojson") else {
            throw ValidationError("no shipped data at \(geodata)/ (run from the repository root, or pass --geodata)")
        }
    }

    func run() throws {
        try reportingFailures {
            let date = asOf ?? DemoJob.lastQuarterEnd(before: .today)
            let progress = ProgressLine.shared
            try DemoJob(geodata: geodata, output: output, asOf: date).run(progress: progress.step) { line in
                progress.done()
                Terminal.say(line)
            }
        }
    }
}
