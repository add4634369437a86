import ArgumentParser
import Foundation
import Logging
import Planner
import PlannerApp
import PlannerServer

/// `parkplan serve --store S [--port 8080] [--host 127.0.0.1]`: serves the store over
/// HTTP (the API, the web page) until SIGTERM or SIGINT, then finishes the requests in
/// flight and stops.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the store over HTTP: the JSON API of every query, the web map, status changes with users and rights.")

    @Option(help: "The address to bind (default loopback only; put a TLS reverse proxy in front for others).")
    var host = "127.0.0.1"

    @Option(help: "The TCP port (0: any free port, printed on start).")
    var port = 8080

    @Option(name: .customLong("keep-clearance-by"),
            help: "Build the kept clearance totals of this grouping (district, park, …; repeatable) in the background at start, so the first question does not wait.")
    var keptGroupings: [ClearanceGrouping] = []

    @OptionGroup var storeOptions: StoreOptions

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535") }
    }

    func run() async throws {
        guard PlanningStores.isDatabase(storeOptions.store) || FileManager.default.fileExists(atPath: storeOptions.store) else {
            throw CLIError("no store at \(storeOptions.store); create one by importing data, e.g. `parkplan import parks geodata/parks.geojson --store \(storeOptions.store)`")
        }
        // A grouping by a unit level the store lacks is a usage error before serving (exit
        // 64), as `clearance --by` makes it, not a warning in the log.
        try reportingFailures {
            let levels = try PlanningStores.open(at: storeOptions.store).unitLevels()
            for level in keptGroupings.compactMap(\.level) where !levels.contains(level) {
                throw UnitLevelNotStored(level: level, stored: levels).refusing(parameter: "keep_clearance_by")
            }
        }
        let host = self.host
        let app = try buildApplication(ServerSettings(storePath: storeOptions.store, host: host, port: port, keptGroupings: keptGroupings)) { bound in
            // Scripts and tests wait for this line to learn the port.
            FileHandle.standardOutput.write(Data("serving \(host):\(bound)\n".utf8))
        }
        try await app.runService()
    }
}
