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
    public func locate(_ points: [Coordinate], threads: Int? = nil) throws -> [Int?] {
        try ParallelQuery.flatMap(count: points.count, threads: threads) { range in
            // One borrow of the feature array per chunk: threads touching the array's
            // reference count for every point would contend for it.
            try layer.features.withUnsafeBufferPointer { features in
                try range.map { try locate(points[$0], in: features) }
            }
        }
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
