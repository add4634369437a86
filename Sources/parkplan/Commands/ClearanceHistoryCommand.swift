import ArgumentParser
import Planner
import PlannerApp
import PlannerPresentation

/// `parkplan clearance history PARCEL`: the parcel's whole ledger, both times, voids marked.
struct ClearanceHistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "A parcel's clearance ledger: every entry, the day it took effect and the moment it was recorded.")

    @Argument(help: "The parcel id.")
    var parcel: String

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var outputOptions: OutputOptions

    func run() throws {
        try reportingFailures {
            let ledger = try ParcelLedgerListing(parcelId: parcel).run(storeOptions.open())
            try outputOptions.emit(.ledger(ledger), tableColumns: ["entry", "kind", "status", "date", "recorded_at", "by", "reason", "voided_by"])
        }
    }
}
