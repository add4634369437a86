/// Which uncovered areas count as gaps in a layer that should tile an area.
public enum GapMode: String, Sendable, Hashable, Codable, CaseIterable {
    /// Holes of the features' union: areas wholly enclosed by features (QGIS topology
    /// checker, "must not have gaps"). Clipped to the container when there is one.
    case enclosed
    /// All of the container (e.g. the park) that no feature covers, enclosed or open
    /// to the container's edge.
    case withinContainer = "within_container"
}
