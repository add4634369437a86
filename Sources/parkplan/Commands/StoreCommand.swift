import ArgumentParser
import Foundation
import PlannerApp

/// `parkplan store`: moving a whole record between stores.
struct StoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "store", abstract: "Move a whole record between stores (GeoPackage, PostGIS).",
        subcommands: [StoreCopyCommand.self])
}

/// `parkplan store copy --from hp.gpkg --to postgresql://…` and back: every layer and the
/// full clearance history, in one transaction, into a store that holds no record yet.
struct StoreCopyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "copy",
        abstract: "Copy a whole store, with its whole ledger and lineage, into an empty store (GeoPackage or PostGIS).",
        discussion: """
            Either store is a GeoPackage file or postgresql://user@host:port/database[?schema=NAME]; \
            the password is read from PGPASSWORD or ~/.pgpass. A PostGIS target's tables are created \
            if missing; a GeoPackage target is created if missing. The target must hold no record yet.
            """)

    @Option(name: .long, help: "The store to copy from (a GeoPackage file or postgresql://user@host:port/db).")
    var from: String

    @Option(name: .long, help: "The store to copy into (a new GeoPackage file or postgresql://user@host:port/db).")
    var to: String

    func validate() throws {
        guard PlanningStores.isDatabase(from) || FileManager.default.fileExists(atPath: from) else {
            throw ValidationError("--from: no store at \(from)")
        }
        guard PlanningStores.describe(from) != PlanningStores.describe(to) else {
            throw ValidationError("--from and --to name the same store")
        }
    }

    func run() throws {
        try reportingFailures {
            let report = try RecordCopy().run(from: from, to: to)
            for row in report.rows { Terminal.say("\(row.table): \(row.count)") }
            Terminal.say("copied \(PlanningStores.describe(from)) to \(PlanningStores.describe(to))")
        }
    }
}
