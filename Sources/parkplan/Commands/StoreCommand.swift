import ArgumentParser
import Foundation
import PlannerApp
import PlannerPostGIS

/// `parkplan store`: moving a whole record between stores.
struct StoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "store", abstract: "Move a whole record between stores (GeoPackage, PostGIS).",
        subcommands: [StoreCopyCommand.self])
}

/// `parkplan store copy --from hp.gpkg --to postgresql://…`: every layer and the full
/// clearance history, into an empty PostGIS store (created if missing).
struct StoreCopyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "copy",
        abstract: "Copy a GeoPackage store, with its whole ledger and lineage, into an empty PostGIS store.",
        discussion: """
            The target is postgresql://user@host:port/database[?schema=NAME]; the password is read \
            from PGPASSWORD or ~/.pgpass. Its tables are created if missing; it must hold no record yet.
            """)

    @Option(name: .long, help: "The store to copy from (a GeoPackage file).")
    var from: String

    @Option(name: .long, help: "The store to copy into (postgresql://user@host:port/db).")
    var to: String

    func validate() throws {
        guard !PlanningStores.isDatabase(from) else {
            throw ValidationError("--from: copying out of PostGIS is not in this release; copy from a GeoPackage file")
        }
        guard FileManager.default.fileExists(atPath: from) else { throw ValidationError("--from: no store at \(from)") }
        guard PlanningStores.isDatabase(to) else {
            throw ValidationError("--to: \(to) is not a postgresql://user@host:port/database URL")
        }
    }

    func run() throws {
        try reportingFailures {
            let source = try PlanningStores.open(at: from)
            let report = try PlanningStores.createDatabase(at: to).copy(from: source)
            for row in report.rows { Terminal.say("\(row.table): \(row.count)") }
            Terminal.say("copied \(from) to \(PlanningStores.describe(to))")
        }
    }
}
