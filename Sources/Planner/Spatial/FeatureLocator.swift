import Geo

/// Answers "which feature contains this point?" over a polygonal layer (the parcel whose
/// land a surveyed point falls on), at hundreds of thousands of points per second per core.
///
/// An STRtree over the features' envelopes is built once; each point asks it for the
/// features whose boxes hold the point, then tests them with a ray-crossing count on the
/// stored vertices (``Geometry/coversByCrossings(_:)``). Only a point that floating point
/// cannot place (on or within rounding of an edge) is handed to GEOS's prepared `covers`,
/// which decides it exactly. A point on a shared edge is covered by both features; the
/// answer is the feature earliest in layer order, as for a point strictly inside one.
///
/// `Sendable`: the tree is read-only and GEOS objects are made per call on the calling thread.
public struct FeatureLocator: Sendable {
    /// The features searched, in layer order.
    public let layer: OverlapLayer
    private let index: SpatialIndex

    /// The envelope of every feature, `nil` for an empty layer.
    public var bounds: Envelope? { index.bounds }

    /// Builds the index over `layer` (EPSG:9210 or any planar CRS).
    /// - Throws: ``GeoError`` when GEOS cannot build the tree.
    public init(_ layer: OverlapLayer) throws {
        self.layer = layer
        self.index = try SpatialIndex(geometries: layer.features.map(\.geometry))
    }

    /// The position in the layer of the first feature covering `point`, or `nil`.
    /// - Throws: ``GeoError`` when GEOS fails on a boundary case.
    public func locate(_ point: Coordinate) throws -> Int? {
        try layer.features.withUnsafeBufferPointer { try locate(point, in: $0) }
    }

    /// ``locate(_:)`` for many points, on all cores (or `threads`), answers in point order.
    /// - Throws: ``GeoError`` when GEOS fails on a boundary case.
    ///
    /// The points are visited in Z order over a 256 × 256 grid laid on the layer, so that
    /// consecutive look-ups walk the same tree nodes and features while they are in cache
    /// (random points over a million parcels otherwise miss the cache at every step);
    /// the answers come back in the caller's order.
    public func locate(_ points: [Coordinate], threads: Int? = nil) throws -> [Int?] {
        let order = bounds.map { Self.zOrder(points, over: $0) } ?? Array(points.indices)
        let answers = try ParallelQuery.flatMap(count: points.count, threads: threads) { range in
            // One borrow of the feature array per chunk: threads touching the array's
            // reference count for every point would contend for it.
            try layer.features.withUnsafeBufferPointer { features in
                try range.map { try locate(points[order[$0]], in: features) }
            }
        }
        var out = [Int?](repeating: nil, count: points.count)
        for (k, answer) in answers.enumerated() { out[order[k]] = answer }
        return out
    }

    /// The positions of `points` sorted by the Z-order (Morton) code of their grid cell,
    /// by a counting sort: O(n + 65 536).
    private static func zOrder(_ points: [Coordinate], over b: Envelope) -> [Int] {
        let side = 256.0
        let sx = b.width > 0 ? side / b.width : 0, sy = b.height > 0 ? side / b.height : 0
        func cell(_ p: Coordinate) -> Int {
            let x = UInt32(max(0, min(255, Int((p.x - b.minX) * sx)))), y = UInt32(max(0, min(255, Int((p.y - b.minY) * sy))))
            var code: UInt32 = 0
            for bit in 0..<8 { code |= ((x >> bit) & 1) << (2 * bit) | ((y >> bit) & 1) << (2 * bit + 1) }
            return Int(code)
        }
        let cells = points.map { $0.isFinite ? cell($0) : 0 }
        var starts = [Int](repeating: 0, count: 65_537)
        for c in cells { starts[c + 1] += 1 }
        for k in 1..<starts.count { starts[k] += starts[k - 1] }
        var order = [Int](repeating: 0, count: points.count)
        for (i, c) in cells.enumerated() {
            order[starts[c]] = i
            starts[c] += 1
        }
        return order
    }

    private func locate(_ point: Coordinate, in features: UnsafeBufferPointer<OverlapLayer.Feature>) throws -> Int? {
        var found: Int?
        var failure: Error?
        try index.query(Envelope(minX: point.x, minY: point.y, maxX: point.x, maxY: point.y)) { j in
            guard found.map({ j < $0 }) ?? true else { return }
            switch features[j].geometry.coversByCrossings(point) {
            case true?: found = j
            case false?: return
            case nil:
                do {
                    if try GeometryEngine.current.prepare(features[j].geometry).covers(point) { found = j }
                } catch {
                    failure = error
                }
            }
        }
        if let failure { throw failure }
        return found
    }
}
