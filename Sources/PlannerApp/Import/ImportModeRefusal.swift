import Planner

/// An import mode the layer does not take: `.update` updates parcels by id, nothing else.
public struct ImportModeRefusal: UseCaseRefusal, Equatable {
    /// The layer asked to be updated.
    public let layer: PlanningLayer

    /// The message a front shows.
    public var description: String { "--update updates parcels by id; for \(layer.rawValue) use --replace" }
}
