import ArgumentParser
import Planner
import PlannerApp

/// `parkplan clearance set ID STATUS --date D --by WHO`: appends a status change to a
/// parcel's history (never overwriting it).
struct ClearanceSetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set",
        abstract: "Record a parcel's clearance status change (kept in its history).")

    @Argument(help: "The parcel id.")
    var parcel: String

    @Argument(help: "The new status: \(ClearanceStatus.validNames).")
    var status: String

    @Option(help: "The day the status was reached (YYYY-MM-DD).")
    var date: LocalDate

    @Option(help: "Who records it (a GPMB board, an officer).")
    var by: String

    @Option(help: "A note kept with the change.")
    var note: String?

    @OptionGroup var storeOptions: StoreOptions

    func validate() throws {
        guard ClearanceStatus(rawValue: status) != nil else {
            throw ValidationError("unknown status '\(status)'; use one of: \(ClearanceStatus.validNames)")
        }
    }

    func run() throws {
        try reportingFailures {
            let event = ClearanceEvent(status: ClearanceStatus(rawValue: status)!, date: date, by: by, note: note)
            let history = try StatusChange(parcelId: parcel, event: event).record(in: storeOptions.open())
            print("parcel \(parcel): \(history.current.rawValue) since \(history.currentSince?.description ?? "-") (\(history.events.count) changes recorded)")
        }
    }
}
