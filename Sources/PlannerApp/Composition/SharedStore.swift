import Foundation
import Planner

/// Everything a served store answers: the use cases' reads, the map window, the users,
/// the audited writes and the ledger's change feed. The GeoPackage and PostGIS stores both
/// conform; ``PlanningStores/openShared(at:)`` is the one place that tells them apart.
public typealias ServedStorage = PlanningStorage & WindowReading & AccessStorage & LedgerChangeReading

/// One store opened once and shared by every request of a long-running front (the
/// server): reads at any moment of the record, and the writes.
///
/// A GeoPackage is opened in WAL mode on a pool of connections: any number of reads run
/// beside the one write in progress and never wait for it; writes are serialised, each one
/// transaction. A PostGIS store is opened on a few connections for reads and a few for
/// writes (``StorePool``); each write is one transaction under the parcel's row lock, and
/// reads never wait for it (MVCC), so several servers can share one database.
///
/// Writes made by other processes (the CLI beside the server, another server instance on
/// the same database) reach the kept clearance totals through the ledger's change feed
/// (``LedgerChangeReading``), read before each answer (``keptTotals()``).
public final class SharedStore: Sendable {
    /// The store's location as messages show it (a path; a URL without its password).
    public let path: String
    private let reader: @Sendable (RecordedTime?) -> any ServedStorage
    private let writer: @Sendable () -> any ServedStorage
    private let closing: @Sendable () throws -> Void
    private let seen: LedgerWatermark

    /// A shared store over `reader` (the store read as the record stood at a moment,
    /// `nil`: now) and `writer` (the store writes go to); `close` hands it back.
    /// - Throws: the store's errors reading the ledger's first mark.
    init(path: String, reader: @escaping @Sendable (RecordedTime?) -> any ServedStorage,
         writer: @escaping @Sendable () -> any ServedStorage, close: @escaping @Sendable () throws -> Void) throws {
        self.path = path
        self.reader = reader
        self.writer = writer
        self.closing = close
        seen = LedgerWatermark(try writer().ledgerMark())
    }

    /// The store read as the record stood at `moment` (`nil`: now).
    public func reading(asRecorded moment: RecordedTime?) -> any PlanningStorage {
        reader(moment)
    }

    /// The layers and the parcels in a window of the map, read as the record stood at
    /// `moment` (`nil`: now).
    public func window(asRecorded moment: RecordedTime?) -> any PlanningReading & WindowReading { reader(moment) }

    /// The users, the audit log and the audited ledger writes.
    public var access: any AccessStorage & PlanningReading & ClearanceRecording { writer() }

    /// The clearance totals kept for today, brought up to date by every ``write(_:)`` and,
    /// for writes by other processes, by ``keptTotals()``.
    public let clearanceTotals = KeptClearanceTotals()

    /// ``clearanceTotals`` after taking in every ledger write committed since the last look,
    /// by this process or any other: the change feed's parcels since the mark last seen are
    /// refreshed (``KeptClearanceTotals/refresh(_:lastSeq:from:)``: those whose last entry
    /// this process wrote and took in already are not read again) and the mark moves on. Call it
    /// before answering from the kept totals; an answer then includes every write committed
    /// before the call.
    /// - Throws: the store's errors reading the feed (nothing kept changes then).
    public func keptTotals() throws -> KeptClearanceTotals {
        let store = writer()
        try seen.advance { mark in
            let changes = try store.ledgerChanges(since: mark)
            for (id, seq) in zip(changes.parcelIds, changes.lastSeqs) { clearanceTotals.refresh(id, lastSeq: seq, from: store) }
            return changes.mark
        }
        return clearanceTotals
    }

    /// Runs a ledger write (a use case on ``access``) and, before returning, brings the kept
    /// clearance totals up to date with the ledger it returns (the parcel's whole ledger after
    /// the write; not read again), so a read that follows the acknowledgement sees the write.
    /// - Throws: what the write throws (nothing written then, nothing kept changes).
    public func write<Outcome>(_ body: (any AccessStorage & PlanningReading & ClearanceRecording) throws -> (Outcome, ClearanceLedger))
        rethrows -> (Outcome, ClearanceLedger) {
        let result = try body(writer())
        clearanceTotals.refresh(with: result.1)
        return result
    }

    /// Closes the store and hands it back to the other commands (a GeoPackage goes back to
    /// its rollback journal).
    public func close() throws {
        try closing()
    }
}
