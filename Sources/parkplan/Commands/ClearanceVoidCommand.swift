import ArgumentParser
import Planner
import PlannerApp

/// `parkplan clearance void PARCEL/SEQ --reason WHY --by WHO`: marks a ledger event void
/// from now on; it stays in the ledger, and answers as recorded before now still see it.
struct ClearanceVoidCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "void",
        abstract: "Void a wrong clearance event (kept in the ledger, marked), with its reason.")

    @Argument(help: "The entry: PARCEL/SEQ, as `parkplan clearance history PARCEL` lists them.")
    var entry: String

    @Option(help: "Why the event is wrong (kept in the ledger).")
    var reason: String

    @Option(help: "Who voids it.")
    var by: String

    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        try reportingFailures {
            let (void, ledger) = try EntryVoid(entryId: entry, reason: reason, by: by).record(in: storeOptions.open())
            let history = ledger.history()
            Terminal.say("\(LedgerEntry.id(parcel: ledger.parcelId, seq: void.voidedSeq ?? 0)) voided by \(LedgerEntry.id(parcel: ledger.parcelId, seq: void.seq)) at \(void.recordedAt?.description ?? "-"); parcel \(ledger.parcelId) is now \(history.current.rawValue)\(history.currentSince.map { " since \($0)" } ?? "")")
        }
    }
}
