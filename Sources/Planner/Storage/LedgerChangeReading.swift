/// A cheap look at which clearance ledgers changed, for a front that keeps answers between
/// writes (the server's kept clearance totals) while other processes write the same store
/// (the CLI beside it, a second server instance on one database).
///
/// A mark is a high-water mark of the whole ledger: it grows with every ledger write once
/// that write is committed, by any process, and a write committed after a mark was read
/// is always found by ``ledgerChanges(since:)`` of that mark.
public protocol LedgerChangeReading: Sendable {
    /// The ledger's high-water mark now.
    func ledgerMark() throws -> Int64

    /// The parcels whose ledger had entries committed after `mark`, and the mark they
    /// bring the reader to (read together, from one snapshot of the record).
    /// Cost: an index range read of the entries written since `mark`.
    func ledgerChanges(since mark: Int64) throws -> LedgerChanges
}

/// The parcels whose ledger changed since a mark, and the new mark.
public struct LedgerChanges: Sendable, Hashable {
    /// The high-water mark after these changes (``LedgerChangeReading/ledgerMark()``).
    public var mark: Int64
    /// The parcels with new ledger entries, each once, sorted.
    public var parcelIds: [String]
    /// For each of ``parcelIds``, the seq of its ledger's last entry at the mark
    /// (``LedgerEntry/seq``): a reader that has taken in that entry already (its own write)
    /// need not read the ledger again.
    public var lastSeqs: [Int]

    /// Creates the changes (`lastSeqs` in the order of `parcelIds`).
    public init(mark: Int64, parcelIds: [String], lastSeqs: [Int]) {
        precondition(parcelIds.count == lastSeqs.count, "a last seq for each parcel")
        self.mark = mark
        self.parcelIds = parcelIds
        self.lastSeqs = lastSeqs
    }
}
