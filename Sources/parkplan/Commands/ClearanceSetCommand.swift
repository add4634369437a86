import ArgumentParser
import Planner
import PlannerApp

/// `parkplan clearance set ID STATUS --date D --by WHO`: appends a status change to a
/// parcel's ledger (never overwriting it), under the ledger's rules.
struct ClearanceSetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set",
        abstract: "Record a parcel's clearance status change (appended to its ledger).",
        discussion: """
            Refused, with nothing written: a day after today (Vietnam time) or before 1990, an empty --by, \
            an unknown parcel or status, a day before the status in force, a status that goes backwards \
            without --reason. Setting the status already in force writes nothing and says so. A wrong \
            entry is corrected with `parkplan clearance void PARCEL/SEQ`, never edited.
            """)

    @Argument(help: "The parcel id.")
    var parcel: String

    @Argument(help: "The new status: \(ClearanceStatus.validNames).")
    var status: String

    @Option(help: "The day the status was reached (YYYY-MM-DD), not after today.", transform: LocalDate.typed)
    var date: LocalDate

    @Option(help: "Who records it (a GPMB board, an officer).")
    var by: String

    @Option(help: "A note kept with the change.")
    var note: String?

    @Option(help: "Why, required when the status goes backwards (e.g. handed_over → inventoried).")
    var reason: String?

    @OptionGroup var storeOptions: StoreOptions

    func validate() throws {
        guard ClearanceStatus(rawValue: status) != nil else {
            throw ValidationError("unknown status '\(status)'; use one of: \(ClearanceStatus.validNames)")
        }
    }

    func run() throws {
        try reportingFailures {
            let event = ClearanceEvent(status: ClearanceStatus(rawValue: status)!, date: date, by: by, note: note)
            let (outcome, ledger) = try StatusChange(parcelId: parcel, event: event, reason: reason).record(in: storeOptions.open())
            switch outcome {
            case .record(let entry):
                Terminal.say("parcel \(ledger.parcelId): \(status) since \(date), recorded as \(LedgerEntry.id(parcel: ledger.parcelId, seq: entry.seq)) at \(entry.recordedAt?.description ?? "-") (\(ledger.entries.count) ledger entries)")
            case .unchanged(let current, let since):
                Terminal.say("parcel \(ledger.parcelId): already \(current.rawValue)\(since.map { " since \($0)" } ?? ""); nothing was recorded")
            }
        }
    }
}
