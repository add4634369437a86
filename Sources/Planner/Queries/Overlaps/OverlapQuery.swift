import Geo

/// Finds overlapping features within one layer (parcel × parcel, park × park) or
/// between two (parcels or parks × land-use zones, parks × administrative units).
///
/// Two features overlap when their intersection has a positive area: polygons that only
/// touch along an edge or at a corner do not; a polygon inside another does (GEOS's
/// `overlaps` predicate would miss containment, so it is not used). Findings smaller
/// than ``minAreaM2`` are dropped as slivers.
///
/// Algorithm: an STRtree over one layer's envelopes is built once; the tree gives each
/// feature of the other layer the candidates whose envelopes meet it. A screen in Swift
/// (exact orientation tests on the two ``ConvexOutline``s, then on the two
/// ``Triangulation``s when a feature is not convex) drops, without GEOS, the pairs whose
/// interiors certainly do not meet (neighbours sharing an edge: most candidates) and,
/// with ``minAreaM2``, those that certainly share less than it. Survivors
/// take the exact path: the feature is converted and prepared once (in its chunk's
/// thread), the prepared `intersects` filters, one
/// DE-9IM matrix drops pairs whose interiors share no area (touching neighbours), and
/// only pairs that really overlap are intersected. Complexity: O((n + m) log m + k·c) for n features
/// probed against a tree of m, k candidate pairs and c the cost of one intersection;
/// never all n × m pairs. Chunks run on ``threads`` cores; results are sorted by the
/// position of `a` then of `b`, so every thread count gives identical findings.
public struct OverlapQuery: Sendable {
    /// Overlaps smaller than this (m²) are not reported; 0 keeps every positive area.
    public var minAreaM2: Double
    /// Worker threads; `nil` uses every core, 1 runs on the calling thread.
    public var threads: Int?
    /// Features with more vertices than this are overlaid piece by piece
    /// (``FeaturePieces``), so one huge legal parcel costs seconds, not minutes.
    var cutAboveVertices = FeaturePieces.vertexLimit

    /// Creates the query.
    public init(minAreaM2: Double = 0, threads: Int? = nil) {
        self.minAreaM2 = minAreaM2
        self.threads = threads
    }

    /// Every unordered pair of overlapping features of one layer, once (`a` earlier
    /// in layer order than `b`), sorted by `a`'s then `b`'s position.
    /// - Throws: ``GeoError`` when GEOS fails on a geometry.
    public func within(_ layer: OverlapLayer) throws -> [OverlapFinding] {
        try run(layer, layer, samePairsOnce: true)
    }

    /// Every pair (feature of `a`, feature of `b`) that overlaps, sorted by the
    /// position in `a`, then in `b`.
    /// - Throws: ``GeoError`` when GEOS fails on a geometry.
    public func between(_ a: OverlapLayer, _ b: OverlapLayer) throws -> [OverlapFinding] {
        try run(a, b, samePairsOnce: false)
    }

    private func run(_ a: OverlapLayer, _ b: OverlapLayer, samePairsOnce: Bool) throws -> [OverlapFinding] {
        let index = try SpatialIndex(geometries: b.features.map(\.geometry))
        let outlinesB = try Self.outlines(b, threads: threads)
        let outlinesA = samePairsOnce ? outlinesB : try Self.outlines(a, threads: threads)
        let minArea = minAreaM2, cutAbove = cutAboveVertices
        return try ParallelQuery.flatMap(count: a.features.count, threads: threads) { range in
            let engine = GeometryEngine.current
            var others: [Int: (geometry: NativeGeometry, area: Double, pieces: FeaturePieces?)] = [:]
            func native(_ j: Int) throws -> (geometry: NativeGeometry, area: Double, pieces: FeaturePieces?) {
                if let g = others[j] { return g }
                let g = try engine.native(b.features[j].geometry)
                others[j] = (g, try g.area(), try FeaturePieces(cutting: g, above: cutAbove))
                return others[j]!
            }
            var found: [OverlapFinding] = []
            for i in range {
                let feature = a.features[i]
                guard let envelope = feature.geometry.envelope else { continue }
                let candidates = try index.query(envelope).filter { !samePairsOnce || $0 > i }
                guard !candidates.isEmpty else { continue }
                // Prepared only when a candidate survives the outline filter.
                var preparedA: (geometry: PreparedGeometry, area: Double, pieces: FeaturePieces?)?
                var trianglesA: Triangulation??
                for j in candidates {
                    if let outlineA = outlinesA[i], let outlineB = outlinesB[j] {
                        // Proven without GEOS: the interiors do not meet (neighbours sharing
                        // an edge), or they cannot share as much as minArea. Hulls first
                        // (convex parcels), then triangles (the others).
                        if outlineA.interiorsDisjoint(from: outlineB) { continue }
                        let tolerance = outlineA.areaTolerance(with: outlineB)
                        if minArea > 0, outlineA.sharedAreaBound(with: outlineB) + tolerance < minArea { continue }
                        if trianglesA == nil { trianglesA = .some(Triangulation(feature.geometry)) }
                        if let triangles = trianglesA!, let trianglesB = Triangulation(b.features[j].geometry) {
                            if triangles.interiorsDisjoint(from: trianglesB) { continue }
                            if minArea > 0, triangles.sharedArea(with: trianglesB) + tolerance < minArea { continue }
                        }
                    }
                    if preparedA == nil {
                        let p = try engine.prepare(feature.geometry)
                        preparedA = (p, try p.base.area(), try FeaturePieces(cutting: p.base, above: cutAbove))
                    }
                    let (prepared, areaA, piecesA) = preparedA!
                    let (other, areaB, piecesB) = try native(j)
                    guard try prepared.intersects(other) else { continue }
                    let shared: NativeGeometry
                    if piecesA != nil || piecesB != nil {
                        // A huge feature: overlay only its pieces near the other (bounded work).
                        guard let s = try (piecesA ?? FeaturePieces(whole: prepared.base))
                            .sharedArea(with: piecesB ?? FeaturePieces(whole: other), engine) else { continue }
                        shared = s
                    } else {
                        // One DE-9IM matrix decides: interiors sharing no area (neighbours that
                        // only touch) need no overlay at all; containment either way needs none
                        // either and gives a share of exactly 1.
                        let matrix = Array(try prepared.base.relate(other).utf8)
                        guard matrix[0] == UInt8(ascii: "2") else { continue }
                        let covers = matrix[6] == UInt8(ascii: "F") && matrix[7] == UInt8(ascii: "F")
                        let coveredBy = matrix[2] == UInt8(ascii: "F") && matrix[5] == UInt8(ascii: "F")
                        shared = covers ? other : coveredBy ? prepared.base : try prepared.base.intersection(other)
                    }
                    let area = try shared.area()
                    guard area > 0, area >= minArea else { continue }
                    found.append(OverlapFinding(
                        layerA: a.name, a: feature.id, layerB: b.name, b: b.features[j].id, areaM2: area,
                        shareOfA: areaA > 0 ? area / areaA : 0, shareOfB: areaB > 0 ? area / areaB : 0,
                        geometry: try shared.geometry().polygonalPart))
                }
            }
            return found
        }
    }

    /// Each feature's convex outline (`nil` where none can be built exactly), on all cores.
    private static func outlines(_ layer: OverlapLayer, threads: Int?) throws -> [ConvexOutline?] {
        try ParallelQuery.flatMap(count: layer.features.count, threads: threads) { range in
            range.map { ConvexOutline(layer.features[$0].geometry) }
        }
    }
}
