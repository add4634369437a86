import Foundation
import Planner

/// Recording a parcel's clearance status change (`clearance set`): appended to the
/// parcel's history, never overwriting it.
public struct StatusChange: Sendable {
    /// The parcel's id as typed (trimmed and put in NFC before the look-up, as import stores ids).
    public var parcelId: String
    /// The change: status, day, who, note.
    public var event: ClearanceEvent

    /// Creates the change.
    public init(parcelId: String, event: ClearanceEvent) {
        self.parcelId = parcelId
        self.event = event
    }

    /// Records it; returns the parcel's history as it now stands.
    /// - Throws: `StoreError` for an unknown parcel or a change dated before the last one.
    public func record(in store: any ClearanceRecording) throws -> ClearanceHistory {
        try store.recordClearance(parcelId: VietnameseName.nfc(parcelId.trimmingCharacters(in: .whitespaces)), event)
    }
}
