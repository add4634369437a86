import Geo

/// Two features whose interiors share a positive area: a partial overlap or one lying
/// (partly or wholly) inside the other. Areas are planar m² in EPSG:9210.
public struct OverlapFinding: Sendable, Hashable {
    /// The layer of `a`.
    public var layerA: String
    /// The id of the first feature (within one layer, the one earlier in layer order).
    public var a: String
    /// The layer of `b`.
    public var layerB: String
    /// The id of the second feature.
    public var b: String
    /// The area both cover, m².
    public var areaM2: Double
    /// The part of `a`'s area that `b` covers, 0–1 (1 when `a` lies inside `b`).
    public var shareOfA: Double
    /// The part of `b`'s area that `a` covers, 0–1.
    public var shareOfB: Double
    /// The overlap itself, polygonal, EPSG:9210 (stray lines and points of the
    /// intersection dropped).
    public var geometry: Geometry

    /// Creates a finding.
    public init(layerA: String, a: String, layerB: String, b: String, areaM2: Double,
                shareOfA: Double, shareOfB: Double, geometry: Geometry) {
        self.layerA = layerA
        self.a = a
        self.layerB = layerB
        self.b = b
        self.areaM2 = areaM2
        self.shareOfA = shareOfA
        self.shareOfB = shareOfB
        self.geometry = geometry
    }

    /// The overlap in hectares.
    public var areaHa: Double { SquareMetres.hectares(areaM2) }
}
