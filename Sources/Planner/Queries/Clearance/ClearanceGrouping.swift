/// How clearance progress is grouped.
public enum ClearanceGrouping: Sendable, Hashable {
    /// By administrative unit of one level (a straddling parcel counts in each unit by its area share).
    case unit(UnitLevel)
    /// By park.
    case park
    /// By unit of one level within each park.
    case unitAndPark(UnitLevel)

    /// The unit level grouped by, `nil` for `.park`.
    public var level: UnitLevel? {
        switch self {
        case .unit(let level), .unitAndPark(let level): level
        case .park: nil
        }
    }

    /// True when rows are split by park.
    public var byPark: Bool {
        switch self {
        case .park, .unitAndPark: true
        case .unit: false
        }
    }
}
