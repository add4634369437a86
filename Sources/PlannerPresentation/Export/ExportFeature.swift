import Geo
import Planner

/// One feature on its way out: id, properties and geometry in the working CRS
/// (EPSG:9210); exporters transform it to WGS 84 lon/lat.
public struct ExportFeature: Sendable {
    /// The feature id (the id given on import).
    public var id: String
    /// Properties, in the order they are written.
    public var properties: [(String, AttributeValue)]
    /// The geometry, EPSG:9210 (metres).
    public var geometry: Geometry

    /// Creates a feature.
    public init(id: String, properties: [(String, AttributeValue)], geometry: Geometry) {
        self.id = id
        self.properties = properties
        self.geometry = geometry
    }

    /// The value of a property, when present.
    public subscript(key: String) -> AttributeValue? { properties.first { $0.0 == key }?.1 }
}
