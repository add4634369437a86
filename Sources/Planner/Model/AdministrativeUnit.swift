import Geo

/// One named polygon of an administrative layer (a district, a commune or ward).
public struct AdministrativeUnit: Hashable, Sendable {
    /// The unit's id in its layer (e.g. a GSO code "303").
    public var id: String
    /// The unit's name, NFC.
    public var name: String
    /// The layer's level.
    public var level: UnitLevel
    /// The unit's area, polygonal, in EPSG:9210 (metres).
    public var boundary: Geometry
    /// Properties kept from the source.
    public var attributes: [String: AttributeValue]

    /// Creates a unit; `name` is normalised to NFC.
    public init(id: String, name: String, level: UnitLevel, boundary: Geometry,
                attributes: [String: AttributeValue] = [:]) {
        self.id = id
        self.name = VietnameseName.nfc(name)
        self.level = level
        self.boundary = boundary
        self.attributes = attributes
    }
}
