/// Reading one polygonal layer's ids and outlines only (no attributes, no history), for
/// the questions that need nothing else, such as overlaps.
public protocol OutlineReading: Sendable {
    /// The outlines of `layer` (EPSG:9210) as an ``OverlapLayer`` named as the queries
    /// name it ("parks", "parcels", "zones", "units:LEVEL"), in id order.
    func outlines(of layer: OutlineLayer) throws -> OverlapLayer
}
