import Geo

/// One connected area of a container (a park) that none of its features (parcels)
/// covers. Planar, EPSG:9210.
public struct LayerGap: Sendable, Hashable {
    /// The container's id (a park id), `nil` when the gaps are of a bare feature set.
    public var containerId: String?
    /// The mode that found it.
    public var mode: GapMode
    /// The gap's area, m².
    public var areaM2: Double
    /// The gap, one polygon (possibly with holes: features lying inside it), EPSG:9210.
    public var geometry: Geometry

    /// Creates a gap.
    public init(containerId: String?, mode: GapMode, areaM2: Double, geometry: Geometry) {
        self.containerId = containerId
        self.mode = mode
        self.areaM2 = areaM2
        self.geometry = geometry
    }

    /// The gap's area in hectares.
    public var areaHa: Double { SquareMetres.hectares(areaM2) }
}
