import Planner

/// The answer of ``LayerList``: every layer with its table and count, and the unit levels.
public struct LayerListing: Sendable, Hashable {
    /// Every layer, in the store's order.
    public var layers: [StoredLayerCount]
    /// The unit levels stored, in the order first imported.
    public var unitLevels: [UnitLevel]

    /// Creates a listing.
    public init(layers: [StoredLayerCount], unitLevels: [UnitLevel]) {
        self.layers = layers
        self.unitLevels = unitLevels
    }
}
