import ArgumentParser
import Foundation
import Geo

/// `parkplan demo`: the main job on the shipped data.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Run the main job on the data shipped in geodata/ and write the outputs.")

    @Option(help: "Folder with the shipped data.")
    var geodata: String = "geodata"

    @Option(help: "Folder the outputs are written to.")
    var output: String = "out"

    func run() throws {
        let report = try GeoDemo(geodataFolder: geodata, outputFolder: output).run()
        print(report)
    }
}
