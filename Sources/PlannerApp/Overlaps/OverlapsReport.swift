import Planner

/// Overlaps within one polygonal layer, or between two, above a minimum area. Reads
/// only the layers' ids and outlines. Areas m² (planar, EPSG:9210).
public struct OverlapsReport: Sendable {
    /// The layer checked: "parks", "parcels", "zones" or "units:LEVEL".
    public var layer: String
    /// A second layer to check against; `nil` checks the layer against itself.
    public var against: String?
    /// For zones, only these land-use codes; `nil` for all.
    public var landUses: Set<LandUseCode>?
    /// Overlaps smaller than this are dropped, m².
    public var minAreaM2: Double

    /// Creates the report.
    public init(layer: String, against: String? = nil, landUses: Set<LandUseCode>? = nil, minAreaM2: Double = 0) {
        self.layer = layer
        self.against = against
        self.landUses = landUses
        self.minAreaM2 = minAreaM2
    }

    /// The overlapping pairs, as of the day the store is read.
    /// - Throws: ``UnknownOutlineLayer``, ``UnitLevelNotStored``; store and GEOS errors.
    public func run(_ store: any PlanningReading & OutlineReading) throws -> Answer<[OverlapFinding]> {
        let levels = try store.unitLevels()
        let a = try store.outlines(of: OutlineLayer(name: layer, levels: levels, landUses: landUses))
        let b = try against.map { try store.outlines(of: OutlineLayer(name: $0, levels: levels, landUses: landUses)) }
        let query = OverlapQuery(minAreaM2: minAreaM2)
        let findings = try b.map { try query.between(a, $0) } ?? query.within(a)
        return Answer(result: findings, table: .overlaps(findings, minAreaM2: minAreaM2, asOf: .today))
    }
}
