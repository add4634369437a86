import Planner

/// What an import stored: the layer, how many features, the repairs made and the notices
/// (e.g. parcels lying in no park).
public struct ImportReport: Sendable {
    /// The layer written.
    public var layer: PlanningLayer
    /// The file read (last path component).
    public var file: String
    /// Features (or task rows) stored.
    public var count: Int
    /// Polygons fixed with make-valid (only with repair on).
    public var repairs: [GeometryRepair]
    /// Things worth knowing that did not stop the import.
    public var notices: [ImportIssue]

    /// Creates a report.
    public init(layer: PlanningLayer, file: String, count: Int, repairs: [GeometryRepair] = [], notices: [ImportIssue] = []) {
        self.layer = layer
        self.file = file
        self.count = count
        self.repairs = repairs
        self.notices = notices
    }

    /// The report of `result`'s values stored in `layer`.
    public init<Value>(layer: PlanningLayer, file: String, _ result: ImportResult<Value>) {
        self.init(layer: layer, file: file, count: result.values.count, repairs: result.repairs, notices: result.notices)
    }
}
