/// A park for which nothing at all is planned or built for a utility: no plan task of
/// that utility names it and no work of that utility is built for it or serves it.
public struct MissingUtilityPlan: Sendable, Hashable, Codable {
    /// The park's id.
    public var parkId: String
    /// The utility with no task and no work.
    public var utility: Utility

    /// Creates a finding.
    public init(parkId: String, utility: Utility) {
        self.parkId = parkId
        self.utility = utility
    }
}
