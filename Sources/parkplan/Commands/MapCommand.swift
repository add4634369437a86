import ArgumentParser
import Foundation
import Planner
import PlannerApp
import PlannerPresentation

/// `parkplan map`: one layer or query drawn as an SVG picture (EPSG:9210, with scale bar,
/// north arrow and legend), or as PNG through `rsvg-convert` when it is installed.
struct MapCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "map",
        abstract: "Draw a layer (parks, parcels, units, zones, infrastructure) or a query (gaps, overlaps, clearance) as SVG or PNG.")

    @Argument(help: "What to draw: \(MapSubject.validNames).")
    var subject: MapSubject

    @Option(name: [.short, .long], help: "The picture to write: FILE.svg, or FILE.png (needs rsvg-convert).")
    var output: String

    @Option(help: "The utility of gaps (and of the gaps hatched on the clearance map): power, water or telecom.")
    var utility: Utility?

    @Option(help: "Only this park (id or name): its extent, parcels and gaps.")
    var park: String?

    @Option(help: "The picture's width, px.")
    var width: Int = 1000

    @Option(help: "Language of the legend: vi or en.")
    var lang: ReportLanguage = .vi

    @OptionGroup var asOf: AsOfOption
    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var recorded: AsRecordedOption

    func validate() throws {
        guard (100...10_000).contains(width) else { throw ValidationError("--width must be 100–10000 px") }
        guard output.hasSuffix(".svg") || output.hasSuffix(".png") else { throw ValidationError("the output must end in .svg or .png") }
    }

    func run() throws {
        try reportingFailures {
            let picture = MapPicture(subject: subject, utility: utility, park: park,
                                     width: Double(width), lang: lang, asOf: asOf.date)
            let document = try picture.svgDocument(storeOptions.open(asRecorded: recorded.moment))
            if output.hasSuffix(".svg") {
                try write(document, to: output)
            } else {
                try convertToPNG(document)
            }
            Terminal.error("wrote \(output)")
        }
    }

    private func write(_ text: String, to path: String) throws {
        let sink = try ExportSink(path: path)
        sink.write(text)
        try sink.close()
    }

    /// Writes the SVG beside the PNG's path, then runs `rsvg-convert` on it.
    private func convertToPNG(_ svg: String) throws {
        let converter = ["/usr/bin/rsvg-convert", "/usr/local/bin/rsvg-convert", "/opt/homebrew/bin/rsvg-convert"]
            .first { FileManager.default.isExecutableFile(atPath: $0) }
        guard let converter else {
            throw CLIError("PNG needs rsvg-convert (Debian: apt-get install librsvg2-bin); or write .svg")
        }
        let svgPath = String(output.dropLast(4)) + ".svg"
        try write(svg, to: svgPath)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: converter)
        process.arguments = ["--format=png", "--output=\(output)", svgPath]
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw CLIError("rsvg-convert failed (exit \(process.terminationStatus)) on \(svgPath)") }
    }
}
