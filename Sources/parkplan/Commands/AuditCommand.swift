import ArgumentParser
import PlannerApp

/// `parkplan audit`: every write made through `parkplan serve`, newest first.
struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "The audit log of the served record: who changed which parcel, when, from where, before and after.")

    @Option(help: "At most this many entries (newest first).")
    var limit: Double?

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var outputOptions: OutputOptions

    func run() throws {
        try reportingFailures {
            let answer = try AuditListing(limit: AuditListing.limit(limit)).run(storeOptions.openAccess())
            try outputOptions.emit(answer.table, tableColumns: ["at", "user", "action", "entry", "before_status", "after_status", "remote_address"])
        }
    }
}
