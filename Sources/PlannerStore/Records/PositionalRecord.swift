import GRDB

/// A record read by column position from a selection of exactly ``positionalColumns``, in
/// that order, for the tables read whole row by row (a city's parcels, their ledger and
/// shares): GRDB's by-name access hashes every column name of every row, a tenth of
/// `clearance --by district` at 100 000 parcels.
protocol PositionalRecord {
    /// The columns a positional read selects, in the order ``init(positional:)`` reads them.
    static var positionalColumns: [String] { get }
    /// The record from a row of ``positionalColumns``.
    init(positional row: Row)
}

extension PositionalRecord {
    /// ``positionalColumns`` as a selection.
    static var positionalSelection: [Column] { positionalColumns.map { Column($0) } }
}

/// A ``PositionalRecord`` as GRDB fetches it: a request selecting ``PositionalRecord/positionalColumns``
/// (``PositionalRecord/positionalSelection``) fetched as `ByPosition<Record>`.
struct ByPosition<Record: PositionalRecord>: FetchableRecord {
    /// The record read.
    let record: Record

    init(row: Row) { record = Record(positional: row) }
}
