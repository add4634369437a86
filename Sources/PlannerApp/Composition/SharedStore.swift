import Planner
import PlannerStore

/// One store opened once and shared by every request of a long-running front (the
/// server): reads at any moment of the record, and the writes. Opened in WAL mode on a
/// pool of connections: any number of reads run beside the one write in progress and
/// never wait for it; writes are serialised, each one transaction.
public final class SharedStore: Sendable {
    let store: PlanningStore

    init(_ store: PlanningStore) { self.store = store }

    /// The store's file.
    public var path: String { store.path }

    /// The store read as the record stood at `moment` (`nil`: now).
    public func reading(asRecorded moment: RecordedTime?) -> any PlanningStorage {
        store.asRecorded(moment)
    }

    /// The layers and the parcels in a window of the map, read as the record stood at
    /// `moment` (`nil`: now).
    public func window(asRecorded moment: RecordedTime?) -> any PlanningReading & WindowReading { store.asRecorded(moment) }

    /// The users, the audit log and the audited ledger writes.
    public var access: any AccessStorage & PlanningReading & ClearanceRecording { store }

    /// The clearance totals kept for today, brought up to date by every ``write(_:)``.
    public let clearanceTotals = KeptClearanceTotals()

    /// Runs a ledger write (a use case on ``access``) and, before returning, brings the kept
    /// clearance totals up to date for the parcel whose ledger it returns, so a read that
    /// follows the acknowledgement sees the write.
    /// - Throws: what the write throws (nothing written then, nothing kept changes).
    public func write<Outcome>(_ body: (any AccessStorage & PlanningReading & ClearanceRecording) throws -> (Outcome, ClearanceLedger))
        rethrows -> (Outcome, ClearanceLedger) {
        let result = try body(store)
        clearanceTotals.refresh(result.1.parcelId, from: store)
        return result
    }

    /// Closes the store and hands the file back to the other commands (rollback journal).
    public func close() throws {
        try store.close()
        try PlanningStores.leaveShared(at: store.path)
    }
}
