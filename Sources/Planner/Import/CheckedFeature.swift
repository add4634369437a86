import Geo

/// A feature after the shared checks: its id and its geometry in EPSG:9210, each `nil`
/// when it was rejected (the problems are already recorded).
struct CheckedFeature {
    /// Position in `features`, from 0.
    var index: Int
    /// The id (from the id property, else the Feature's `id` member).
    var id: String?
    /// The geometry in EPSG:9210 (metres), repaired when allowed and needed.
    var geometry: Geometry?
    /// The repair made, when one was.
    var repair: GeometryRepair?
}
