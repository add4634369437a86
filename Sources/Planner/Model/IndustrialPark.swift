import Geo

/// An industrial park, economic zone, non-tariff zone or industrial cluster.
public struct IndustrialPark: Hashable, Sendable {
    /// The park's id, e.g. "KCN-TIENTHANH".
    public var id: String
    /// The Vietnamese name, NFC ("Tiên Thanh").
    public var name: String
    /// Other names the plans use ("Nomura" for "Nomura – Hải Phòng"), NFC.
    public var alternateNames: [String]
    /// What sort of zone it is.
    public var kind: ParkKind
    /// The area approved in the plans, hectares; `nil` when no plan states it.
    public var approvedAreaHa: Double?
    /// The boundary, polygonal, in EPSG:9210 (metres).
    public var boundary: Geometry
    /// The administrative units the boundary lies in, with the area share in each
    /// (computed spatially; empty until apportioned).
    public var units: [UnitShare]
    /// Properties kept from the source that the planner has no field for.
    public var attributes: [String: AttributeValue]

    /// Creates a park; `name` and `alternateNames` are normalised to NFC.
    public init(id: String, name: String, alternateNames: [String] = [], kind: ParkKind,
                approvedAreaHa: Double? = nil, boundary: Geometry, units: [UnitShare] = [],
                attributes: [String: AttributeValue] = [:]) {
        self.id = id
        self.name = VietnameseName.nfc(name)
        self.alternateNames = alternateNames.map(VietnameseName.nfc)
        self.kind = kind
        self.approvedAreaHa = approvedAreaHa
        self.boundary = boundary
        self.units = units
        self.attributes = attributes
    }

    /// The boundary's planar area in hectares (EPSG:9210).
    public var boundaryAreaHa: Double { boundary.area / 10_000 }
}
