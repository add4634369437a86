/// A layer read without any rejected feature: the values to store, the repairs made and
/// notices about values kept as they are (a parcel in no park).
public struct ImportResult<Value: Sendable>: Sendable {
    /// The imported values, in file order, geometry in EPSG:9210.
    public var values: [Value]
    /// The polygons fixed (only with ``ImportOptions/repair``).
    public var repairs: [GeometryRepair]
    /// Things worth reporting that did not stop the import.
    public var notices: [ImportIssue]

    /// Creates a result.
    public init(values: [Value], repairs: [GeometryRepair] = [], notices: [ImportIssue] = []) {
        self.values = values
        self.repairs = repairs
        self.notices = notices
    }
}
