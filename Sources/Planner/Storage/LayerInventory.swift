/// What a store holds: each layer with the table it lives in and its feature count.
public protocol LayerInventory: Sendable {
    /// Every layer, in the store's order, with its table and count.
    func layerCounts() throws -> [StoredLayerCount]
}

/// One layer of a store and how many features it holds.
public struct StoredLayerCount: Sendable, Hashable {
    /// The layer's name as the planner spells it ("parks", "units", …).
    public var layer: String
    /// The table (or collection) the store keeps it in.
    public var table: String
    /// Its feature (or row) count.
    public var features: Int

    /// Creates a count.
    public init(layer: String, table: String, features: Int) {
        self.layer = layer
        self.table = table
        self.features = features
    }
}
