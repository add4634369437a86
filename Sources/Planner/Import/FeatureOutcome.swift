import Geo

/// What checking one feature gave, computed in parallel and merged in file order by
/// ``LayerImport`` (which adds the duplicate-id check, the only cross-feature one).
struct FeatureOutcome<Value: Sendable>: Sendable {
    var index: Int
    /// The value, when the layer could build one.
    var value: Value?
    /// The feature's id, when it has one.
    var id: String?
    /// The problems found, in the order the checks ran.
    var issues: [ImportIssue] = []
    /// How many of ``issues`` the shared checks found (a duplicate-id issue goes after them).
    var sharedCheckCount = 0
    var repair: GeometryRepair?
    /// The centre of the feature's envelope in EPSG:9210, for the zone check.
    var centre: Coordinate?
    var notices: [ImportIssue] = []
    /// Set when the feature's JSON could not be read; nothing else is then set.
    var unreadable: JSONSyntaxError?
}
