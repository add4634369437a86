import Geo

/// How much of a park (or of its handed-over land) one utility's service areas cover,
/// and the part left uncovered. Planar areas, m², EPSG:9210.
public struct CoverageGap: Sendable, Hashable {
    /// The park's id.
    public var parkId: String
    /// The utility.
    public var utility: Utility
    /// True when the target is only the park's land handed over on the day.
    public var clearedOnly: Bool
    /// The area asked about (the park, or its handed-over land), m².
    public var targetAreaM2: Double
    /// The part of the target inside a counted service area, m².
    public var coveredAreaM2: Double
    /// The part of the target outside every counted service area, m².
    public var gapAreaM2: Double
    /// `gapAreaM2 / targetAreaM2`, 0–1; 0 when the target has no area.
    public var gapShare: Double
    /// The uncovered part, polygonal, EPSG:9210.
    public var gapGeometry: Geometry
    /// The works whose service areas were counted (they meet the target), sorted.
    public var workIds: [String]

    /// Creates a result.
    public init(parkId: String, utility: Utility, clearedOnly: Bool, targetAreaM2: Double, coveredAreaM2: Double,
                gapAreaM2: Double, gapShare: Double, gapGeometry: Geometry, workIds: [String]) {
        self.parkId = parkId
        self.utility = utility
        self.clearedOnly = clearedOnly
        self.targetAreaM2 = targetAreaM2
        self.coveredAreaM2 = coveredAreaM2
        self.gapAreaM2 = gapAreaM2
        self.gapShare = gapShare
        self.gapGeometry = gapGeometry
        self.workIds = workIds
    }

    /// The uncovered area in hectares.
    public var gapAreaHa: Double { SquareMetres.hectares(gapAreaM2) }
}
