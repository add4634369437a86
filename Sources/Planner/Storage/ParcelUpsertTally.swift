/// What an import of parcels by id (``ImportMode/update``, ``ImportMode/replace``) did to
/// the stored parcels, counted by the store as it writes, and the notices the import report
/// gives for it: in one place, whichever store wrote.
public struct ParcelUpsertTally: Sendable, Equatable {
    /// Stored parcels updated in place (geometry, attributes; the ledger kept).
    public var updated = 0
    /// New parcels inserted.
    public var added = 0
    /// Stored parcels the file no longer has, retired on ``retireOn`` (`.replace`).
    public var retired = 0
    /// Parcels whose file status differs from their ledger's (the ledger kept).
    public var statusKept: [String] = []
    /// The day the parcels missing from the file leave the record.
    public var retireOn: LocalDate

    /// An empty tally.
    public init(retireOn: LocalDate) {
        self.retireOn = retireOn
    }

    /// The import report's notices for `file`.
    public func notices(file: String) -> [ImportIssue] {
        var out: [String] = []
        if updated > 0 { out.append("\(updated) stored parcel(s) updated by id (geometry, attributes); every clearance ledger entry kept") }
        if retired > 0 { out.append("\(retired) stored parcel(s) not in the file retired on \(retireOn) (kept, with their history)") }
        if !statusKept.isEmpty {
            let shown = statusKept.prefix(5).joined(separator: ", ")
            out.append("\(statusKept.count) parcel(s) give a clearance status that differs from their ledger (\(shown)\(statusKept.count > 5 ? ", …" : "")): the ledger was kept; record a change with `parkplan clearance set`")
        }
        return out.map { ImportIssue(file: file, kind: .ledgerKept, reason: $0) }
    }
}
