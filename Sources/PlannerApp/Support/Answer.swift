import Planner
import PlannerPresentation

/// A use case's answer: the domain result (for callers that compute with it) and the
/// table every front writes (JSON, CSV, GeoJSON, a terminal table) chosen for it.
public struct Answer<Result: Sendable>: Sendable {
    /// The domain result.
    public var result: Result
    /// The result as the table the fronts write.
    public var table: ResultTable

    /// Creates an answer.
    public init(result: Result, table: ResultTable) {
        self.result = result
        self.table = table
    }
}
