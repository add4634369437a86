/// What a streamed import went through when no feature was rejected: how many values
/// were handed on, the repairs made and the notices (the values themselves went to the
/// caller batch by batch).
public struct ImportTally: Sendable {
    /// The values handed on, all batches together.
    public var count: Int
    /// The polygons fixed (only with ``ImportOptions/repair``).
    public var repairs: [GeometryRepair]
    /// Things worth reporting that did not stop the import.
    public var notices: [ImportIssue]

    /// Creates a tally.
    public init(count: Int = 0, repairs: [GeometryRepair] = [], notices: [ImportIssue] = []) {
        self.count = count
        self.repairs = repairs
        self.notices = notices
    }
}
