import Geo

/// Two parcels whose interiors share a positive area (a vertex pushed into the neighbour
/// by mistake, a resurvey drawn over the old outline): the pairs that make an area total
/// count a square metre twice (``ParcelOverlapClusters``). Unordered; `a` is the parcel
/// whose id sorts first (Swift `String` order, the order clearance records are summed in).
public struct ParcelOverlapPair: Sendable, Hashable, Codable {
    /// The parcel whose id sorts first.
    public var a: String
    /// The other parcel.
    public var b: String

    /// The pair of `x` and `y`, in either order.
    public init(_ x: String, _ y: String) {
        (a, b) = x < y ? (x, y) : (y, x)
    }

    /// THE rule for which parcels overlap: the pairs among `boundaries` (EPSG:9210; `nil`
    /// overlaps nothing) whose intersection has a positive area (``OverlapQuery/within(_:)``,
    /// each pair tested once with the earlier position probing), named by `ids` (same
    /// positions, ascending in Swift `String` order, so the earlier position is `a`).
    /// The test of a pair depends on its two boundaries only, so any subset of parcels
    /// holding both gives the same answer for it (``ParcelOverlapStrips``).
    /// - Throws: ``GeoError`` when GEOS fails on a geometry.
    public static func find(boundaries: [Geometry?], ids: [String], threads: Int? = nil) throws -> [ParcelOverlapPair] {
        precondition(boundaries.count == ids.count, "one id per boundary")
        return try positions(boundaries: boundaries, threads: threads).map { ParcelOverlapPair(ids[$0.0], ids[$0.1]) }
    }

    /// The overlapping pairs among `boundaries` as positions (earlier first), in the
    /// order ``OverlapQuery/within(_:)`` finds them.
    static func positions(boundaries: [Geometry?], threads: Int?) throws -> [(Int, Int)] {
        let kept = boundaries.indices.filter { boundaries[$0] != nil }
        let layer = OverlapLayer(name: "parcels", features: kept.map { OverlapLayer.Feature(id: String($0), geometry: boundaries[$0]!) })
        return try OverlapQuery(threads: threads).within(layer).compactMap { finding in
            guard let a = Int(finding.a), let b = Int(finding.b) else { return nil }
            return (a, b)
        }
    }
}
