import CGEOS

/// A read-only spatial index over item envelopes: GEOS's STRtree (sort-tile-recursive
/// packed R-tree), built once and answering with item ids (the position of each
/// envelope in the array given at construction), never with objects.
///
/// The tree is built completely in `init` and never changed after, so any number of
/// threads may query it at once; each query runs on the calling thread's own GEOS
/// context (the context only carries error reporting). Sizes: O(n) memory, queries
/// O(log n + k) for k hits.
public final class SpatialIndex: @unchecked Sendable {
    // Safety of @unchecked Sendable: `tree` is fully built in init (a first query forces
    // GEOS's lazy build) and only read afterwards; `owner` is a private context used
    // only to build and to destroy the tree, never shared with a thread's own work.
    private let owner: GeometryEngine
    private let tree: OpaquePointer
    /// The number of items indexed.
    public let count: Int
    /// The envelope of all items, or `nil` when empty.
    public let bounds: Envelope?

    /// Builds the index. Item `i` is `envelopes[i]`; `nodeCapacity` is the STRtree's
    /// fan-out (GEOS's and shapely's default is 10). An inverted envelope (min > max)
    /// is an empty item: it keeps its id but is never hit and adds nothing to `bounds`.
    public init(envelopes: [Envelope], nodeCapacity: Int = 10) throws {
        let owner = GeometryEngine()
        self.owner = owner
        self.count = envelopes.count
        self.tree = try owner.check("STRtree create", GEOSSTRtree_create_r(owner.handle, max(2, nodeCapacity)))
        var bounds: Envelope?
        for (id, e) in envelopes.enumerated() {
            // An inverted envelope (min > max, as an empty geometry has) holds no point:
            // it is left out of the tree so that no query ever hits it.
            guard e.minX <= e.maxX, e.minY <= e.maxY else { continue }
            // The tree copies the item's envelope on insert, so the geometry that carries
            // the envelope can be freed at once.
            let carrier = try owner.envelopeCarrier(e)
            GEOSSTRtree_insert_r(owner.handle, tree, carrier, SpatialIndex.item(id))
            GEOSGeom_destroy_r(owner.handle, carrier)
            if bounds == nil { bounds = e } else { bounds!.expand(toInclude: e) }
        }
        self.bounds = bounds
        if let bounds {
            // GEOS 3.11 builds the tree on the first query; do it now, single-threaded.
            let probe = try owner.envelopeCarrier(bounds)
            defer { GEOSGeom_destroy_r(owner.handle, probe) }
            GEOSSTRtree_query_r(owner.handle, tree, probe, { _, _ in }, nil)
        }
    }

    /// Builds the index over the envelopes of geometries (empty geometries are never hit).
    public convenience init(geometries: [Geometry], nodeCapacity: Int = 10) throws {
        let empty = Envelope(minX: .infinity, minY: .infinity, maxX: -.infinity, maxY: -.infinity)
        try self.init(envelopes: geometries.map { $0.envelope ?? empty }, nodeCapacity: nodeCapacity)
    }

    deinit {
        GEOSSTRtree_destroy_r(owner.handle, tree)
    }

    private static func item(_ id: Int) -> UnsafeMutableRawPointer {
        UnsafeMutableRawPointer(bitPattern: id + 1)!
    }

    /// Calls `visit` with the id of every item whose envelope intersects `envelope`,
    /// in no particular order.
    public func query(_ envelope: Envelope, _ visit: (Int) -> Void) throws {
        guard count > 0 else { return }
        let engine = GeometryEngine.current
        let probe = try engine.envelopeCarrier(envelope)
        defer { GEOSGeom_destroy_r(engine.handle, probe) }
        query(engine: engine, probe: probe, visit)
    }

    /// The ids of the items whose envelopes intersect `envelope`, sorted ascending.
    public func query(_ envelope: Envelope) throws -> [Int] {
        var hits: [Int] = []
        try query(envelope) { hits.append($0) }
        return hits.sorted()
    }

    /// Calls `visit` with the id of every item whose envelope intersects the envelope of
    /// `geometry` (which must belong to the calling thread's engine).
    public func query(_ geometry: NativeGeometry, _ visit: (Int) -> Void) {
        guard count > 0 else { return }
        query(engine: geometry.engine, probe: geometry.pointer, visit)
    }

    private func query(engine: GeometryEngine, probe: OpaquePointer, _ visit: (Int) -> Void) {
        withoutActuallyEscaping(visit) { visit in
            var box = visit
            withUnsafeMutablePointer(to: &box) { boxPointer in
                GEOSSTRtree_query_r(engine.handle, tree, probe, { item, userdata in
                    guard let item, let userdata else { return }
                    let visit = userdata.assumingMemoryBound(to: ((Int) -> Void).self).pointee
                    visit(Int(bitPattern: item) - 1)
                }, boxPointer)
            }
        }
    }
}

extension GeometryEngine {
    /// A throw-away geometry whose envelope is `e`, which is all the STRtree reads of it:
    /// the box's diagonal as a two-point line (a point when the box is degenerate), made
    /// with direct coordinate-sequence calls, no Swift arrays.
    func envelopeCarrier(_ e: Envelope) throws -> OpaquePointer {
        if e.minX == e.maxX && e.minY == e.maxY {
            return try check("point", GEOSGeom_createPointFromXY_r(handle, e.minX, e.minY))
        }
        let seq = try check("coordinate sequence", GEOSCoordSeq_create_r(handle, 2, 2))
        guard GEOSCoordSeq_setXY_r(handle, seq, 0, e.minX, e.minY) != 0,
              GEOSCoordSeq_setXY_r(handle, seq, 1, e.maxX, e.maxY) != 0 else {
            GEOSCoordSeq_destroy_r(handle, seq)
            throw failure("coordinate sequence")
        }
        return try check("line string", GEOSGeom_createLineString_r(handle, seq))
    }
}
