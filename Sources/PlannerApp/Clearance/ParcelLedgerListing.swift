import Planner

/// A parcel's ledger as auditors read it (`clearance history PARCEL`): every entry with
/// both times, voided events marked.
public struct ParcelLedgerListing: Sendable {
    /// The parcel's id as typed.
    public var parcelId: String

    /// Creates the listing.
    public init(parcelId: String) { self.parcelId = parcelId }

    /// The ledger.
    /// - Throws: `StoreError` for an unknown parcel.
    public func run(_ store: any ClearanceRecording) throws -> ClearanceLedger {
        try store.ledger(parcelId: ParcelIdText.normalised(parcelId))
    }
}
