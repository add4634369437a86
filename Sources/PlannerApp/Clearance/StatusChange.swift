import Foundation
import Planner

/// Recording a parcel's clearance status change (`clearance set`): appended to the
/// parcel's ledger, never overwriting it, under ``ClearanceChangeRules``.
public struct StatusChange: Sendable {
    /// The parcel's id as typed (trimmed and put in NFC before the look-up, as import stores ids).
    public var parcelId: String
    /// The change: status, day, who, note.
    public var event: ClearanceEvent
    /// Why, when the status goes backwards (required then).
    public var reason: String?

    /// Creates the change.
    public init(parcelId: String, event: ClearanceEvent, reason: String? = nil) {
        self.parcelId = parcelId
        self.event = event
        self.reason = reason
    }

    /// Records it; returns what was done and the parcel's ledger as it now stands.
    /// - Throws: `ClearanceRefusal` (nothing written), `StoreError` for an unknown parcel.
    public func record(in store: any ClearanceRecording) throws -> (outcome: ClearanceChangeRules.Outcome, ledger: ClearanceLedger) {
        try store.recordClearance(parcelId: ParcelIdText.normalised(parcelId), event, reason: reason)
    }
}

extension StatusChange {
    /// Records it for the signed-in `user` (the event's `by` is the user's name) under
    /// ``WriteRights``, only while the parcel's ledger is at `expectedVersion`, audited from
    /// `source` in the same transaction.
    /// - Throws: ``RightsRefusal``, ``LedgerVersionConflict``, `ClearanceRefusal` (nothing
    ///   written), `StoreError` for an unknown parcel.
    public func record(in store: any AccessStorage, by user: ServiceUser, expectedVersion: Int, source: AuditSource) throws
        -> (outcome: ClearanceChangeRules.Outcome, ledger: ClearanceLedger) {
        let id = ParcelIdText.normalised(parcelId)
        try WriteRights.check(user, parcelId: id, shares: try store.unitShares(parcelId: id))
        var event = self.event
        event.by = user.name
        return try store.recordClearance(parcelId: id, event, reason: reason, expectedVersion: expectedVersion, audit: source)
    }
}
