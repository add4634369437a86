/// The part of a polygon (a park, a parcel) that lies in one administrative unit.
public struct UnitShare: Hashable, Sendable {
    /// The unit's id in its layer.
    public var unitId: String
    /// The unit's name (NFC), for reports.
    public var unitName: String
    /// The unit's level (district, commune…).
    public var level: UnitLevel
    /// The area inside the unit, m² (planar, EPSG:9210).
    public var areaM2: Double
    /// `areaM2` divided by the whole polygon's area, 0–1.
    public var share: Double

    /// Creates a share.
    public init(unitId: String, unitName: String, level: UnitLevel, areaM2: Double, share: Double) {
        self.unitId = unitId
        self.unitName = unitName
        self.level = level
        self.areaM2 = areaM2
        self.share = share
    }
}
