/// Recording a parcel's clearance status change: appended to its history, never
/// overwriting it.
public protocol ClearanceRecording: Sendable {
    /// Appends `event` to the history of the parcel `parcelId` (NFC) and returns the
    /// history as it now stands.
    func recordClearance(parcelId: String, _ event: ClearanceEvent) throws -> ClearanceHistory
}
