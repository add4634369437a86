import Geo

extension Geometry {
    /// The x/y bounding box over every finite vertex, or `nil` when there is none
    /// (empty geometry, or a point of NaNs). O(n) in the vertex count, no allocation.
    var planarEnvelope: Envelope? {
        var e: Envelope?
        forEachCoordinate { c in
            guard c.isFinite else { return }
            if e == nil { e = Envelope(minX: c.x, minY: c.y, maxX: c.x, maxY: c.y) } else { e!.expand(toInclude: c) }
        }
        return e
    }
}
