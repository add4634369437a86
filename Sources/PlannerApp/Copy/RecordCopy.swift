import Planner

/// Moving a whole record between stores (`parkplan store copy`): from a GeoPackage into
/// PostGIS and back, or between two of a kind. The record is read from the source as it
/// stands now and written into the target in one transaction (``RecordCopying``), so the
/// target ends with the whole record or, after any failure or a killed process, none of it.
public struct RecordCopy {
    /// The use case.
    public init() {}

    /// Copies the record at `from` (a store's location: file or `postgresql://` URL) into
    /// `to`: a PostGIS database (its tables created if missing) or a GeoPackage file (created
    /// whole, in a temporary file renamed into place, when it does not exist yet); either way
    /// the target must hold no record yet.
    /// - Returns: the rows written, table by table.
    /// - Throws: `StoreError` or `PostGISError`: a target that already holds a record (`.conflict`
    ///   for a file), an unreachable server, an unreadable source; nothing is written then.
    @discardableResult
    public func run(from: String, to: String) throws -> StoreCopyReport {
        let source = try PlanningStores.open(at: from)
        return try PlanningStores.copy(source, into: to)
    }
}
