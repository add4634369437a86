import Geo

/// A land-use zone of a plan: rice land, protected forest, a residential area, a dike corridor.
public struct LandUseZone: Hashable, Sendable {
    /// The zone's id.
    public var id: String
    /// What the land is used for.
    public var landUse: LandUseCode
    /// The zone, polygonal, in EPSG:9210 (metres).
    public var area: Geometry
    /// Properties kept from the source.
    public var attributes: [String: AttributeValue]

    /// Creates a zone.
    public init(id: String, landUse: LandUseCode, area: Geometry, attributes: [String: AttributeValue] = [:]) {
        self.id = id
        self.landUse = landUse
        self.area = area
        self.attributes = attributes
    }
}
