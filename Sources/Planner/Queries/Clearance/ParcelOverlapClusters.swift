import Geo

/// The parcels that overlap one another (interiors sharing a positive area, e.g. a vertex
/// pushed into the neighbour by mistake), joined into clusters: two parcels are in one
/// cluster when a chain of overlapping pairs links them. Only these parcels can make an area
/// total count a square metre twice, so only they are ever unioned (``excessM2(_:clip:)``).
/// Areas m², planar, EPSG:9210.
///
/// Complexity: one ``OverlapQuery/within(_:)`` (an STRtree, mostly GEOS-free screening of
/// neighbours), then a union–find over the pairs found; from pairs already found (a
/// store keeps them, ``ParcelOverlapPair``), the union–find only.
public struct ParcelOverlapClusters: Sendable {
    /// Each cluster's members as positions in the geometries given, ascending; clusters
    /// ordered by their first member. Parcels overlapping no other are in none.
    public let clusters: [[Int]]

    /// No clusters: overlaps not looked for.
    public init() { clusters = [] }

    /// Finds the clusters among `boundaries` (positions without a boundary overlap nothing),
    /// by ``ParcelOverlapPair``'s rule.
    /// - Throws: ``GeoError`` when GEOS fails on a geometry.
    public init(boundaries: [Geometry?], threads: Int? = nil) throws {
        self.init(count: boundaries.count, linking: try ParcelOverlapPair.positions(boundaries: boundaries, threads: threads))
    }

    /// The clusters that `pairs` make among the parcels `ids` (positions in `ids`); pairs
    /// naming a parcel not in `ids` are left out (a parcel retired, or of a park not asked
    /// for, links nothing). The same clusters as ``init(boundaries:threads:)`` gives for
    /// those parcels' boundaries when `pairs` are the pairs it finds among them.
    public init(pairs: [ParcelOverlapPair], ids: [String]) {
        // Positions of the paired parcels only (a few thousand of a city's million ids).
        let paired = Set(pairs.flatMap { [$0.a, $0.b] })
        var position: [String: Int] = [:]
        for i in ids.indices where paired.contains(ids[i]) && position[ids[i]] == nil { position[ids[i]] = i }
        self.init(count: ids.count, linking: pairs.compactMap { p in position[p.a].flatMap { a in position[p.b].map { (a, $0) } } })
    }

    /// Clusters from linked positions (union–find), members ascending, clusters by their first member.
    private init(count: Int, linking links: [(Int, Int)]) {
        var parent = Array(0..<count)
        func root(_ i: Int) -> Int {
            var i = i
            while parent[i] != i {
                parent[i] = parent[parent[i]]
                i = parent[i]
            }
            return i
        }
        var linked = Set<Int>()
        for (a, b) in links {
            linked.formUnion([a, b])
            let (ra, rb) = (root(a), root(b))
            if ra != rb { parent[max(ra, rb)] = min(ra, rb) }
        }
        var byRoot: [Int: [Int]] = [:]
        for i in linked.sorted() { byRoot[root(i), default: []].append(i) }
        clusters = byRoot.values.sorted { $0[0] < $1[0] }
    }

    /// The area counted more than once when `pieces` are summed: the sum of their areas
    /// minus the area of their union, each first clipped to `clip` when given (a unit's
    /// part of the parcels); 0 for fewer than two pieces.
    /// - Throws: ``GeoError`` when GEOS fails on a geometry.
    public static func excessM2(_ pieces: [Geometry], clip: Geometry? = nil) throws -> Double {
        guard pieces.count > 1 else { return 0 }
        let engine = GeometryEngine.current
        var union = try engine.unaryUnion(pieces)
        var sum = 0.0
        if let clip {
            let c = try engine.native(clip)
            union = try union.intersection(c)
            for p in pieces { sum += try engine.native(p).intersection(c).area() }
        } else {
            sum = pieces.reduce(0) { $0 + $1.area }
        }
        return max(0, sum - (try union.area()))
    }
}
