/// Recording in a parcel's clearance ledger: entries are appended, never changed.
public protocol ClearanceRecording: Sendable {
    /// The ledger of the parcel `parcelId` (NFC), every entry.
    /// - Throws: when the parcel is unknown.
    func ledger(parcelId: String) throws -> ClearanceLedger

    /// Checks `event` by ``ClearanceChangeRules`` against the parcel's ledger as it stands
    /// and appends it, in one transaction; a repeat of the status in force writes nothing.
    /// Returns what was done and the ledger as it now stands.
    /// - Throws: ``ClearanceRefusal`` (nothing written) and store errors.
    func recordClearance(parcelId: String, _ event: ClearanceEvent, reason: String?) throws
        -> (outcome: ClearanceChangeRules.Outcome, ledger: ClearanceLedger)

    /// Voids the entry `seq` of the parcel's ledger (``ClearanceChangeRules/checkVoid(seq:reason:by:against:now:)``),
    /// in one transaction; returns the void entry and the ledger as it now stands.
    /// - Throws: ``ClearanceRefusal`` (nothing written) and store errors.
    func voidClearance(parcelId: String, seq: Int, reason: String?, by: String?) throws
        -> (void: LedgerEntry, ledger: ClearanceLedger)
}
