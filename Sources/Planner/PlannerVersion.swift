import Geo

/// Identifies the planner library in reports and exports.
public enum PlannerVersion {
    /// The product name and version written into exports.
    public static let string = "ParkPlanner 0.1"
}
