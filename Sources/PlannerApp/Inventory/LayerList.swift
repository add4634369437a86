import Planner

/// What the store holds: each layer with its table and feature count, and the unit
/// levels imported.
public struct LayerList: Sendable {
    /// Creates the listing.
    public init() {}

    /// The layers and levels, as of the day the store is read.
    /// - Throws: store errors.
    public func run(_ store: any PlanningReading & LayerInventory) throws -> Answer<LayerListing> {
        let listing = LayerListing(layers: try store.layerCounts(), unitLevels: try store.unitLevels())
        let rows = listing.layers.map { (layer: $0.layer, table: $0.table, features: $0.features) }
        return Answer(result: listing, table: .layers(rows, unitLevels: listing.unitLevels.map(\.rawValue)))
    }
}
