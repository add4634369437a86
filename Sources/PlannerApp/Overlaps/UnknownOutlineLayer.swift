import Planner

/// A layer name the overlap question does not know.
public struct UnknownOutlineLayer: UseCaseRefusal, Equatable {
    /// The name given.
    public var name: String
    /// The unit levels the store holds (each offered as `units:LEVEL`).
    public var levels: [UnitLevel]

    public var description: String {
        "unknown layer '\(name)'; use parks, parcels, zones or units:LEVEL (\(levels.map { "units:\($0)" }.joined(separator: ", ")))"
    }
}
