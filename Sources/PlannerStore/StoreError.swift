/// The one error type of `PlannerStore`: says which file, which table (when there is
/// one) and what is wrong, in words a planner can act on.
public struct StoreError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What kind of failure this is.
    public enum Kind: String, Sendable {
        /// The file does not exist, already exists, or is not a GeoPackage.
        case file
        /// A GeoPackage geometry blob is malformed (bad magic, version, flags or length).
        case geometryBlob
        /// The schema is not what was expected: a missing table, column or SRS.
        case schema
        /// A value passed in is invalid: a bad table name, an unknown column, a wrong type.
        case invalidInput
        /// SQLite reported an error; its message is kept.
        case database
        /// The change contradicts what the store holds: an id already stored, an unknown
        /// parcel, a status change dated before the last one.
        case conflict
    }

    /// What kind of failure this is.
    public var kind: Kind
    /// The GeoPackage file path ("" when the error is not tied to a file).
    public var path: String
    /// The table concerned, when there is one.
    public var table: String?
    /// A sentence saying what is wrong.
    public var message: String

    /// Creates an error.
    public init(_ kind: Kind, path: String = "", table: String? = nil, message: String) {
        self.kind = kind
        self.path = path
        self.table = table
        self.message = message
    }

    /// "geometryBlob error in parks.gpkg, table parcels: bad magic 0x4142 (expected 'GP')".
    public var description: String {
        var where_ = path.isEmpty ? "" : " in \(path)"
        if let table { where_ += (path.isEmpty ? " in" : ",") + " table \(table)" }
        return "\(kind.rawValue) error\(where_): \(message)"
    }

    /// The same error with the file path (and table, when not set yet) filled in.
    func located(path: String, table: String? = nil) -> StoreError {
        var e = self
        if e.path.isEmpty { e.path = path }
        if e.table == nil { e.table = table }
        return e
    }
}

extension StoreError {
    /// Runs `body`, which reads row `fid` of `table`; a ``StoreError`` it throws comes out
    /// naming the table and the row ("row fid 12: …").
    static func inRow<T>(_ table: String, _ fid: Int64?, _ body: () throws -> T) throws -> T {
        do { return try body() } catch var e as StoreError {
            if e.table == nil { e.table = table }
            e.message = "row fid \(fid.map(String.init) ?? "?"): \(e.message)"
            throw e
        }
    }
}
