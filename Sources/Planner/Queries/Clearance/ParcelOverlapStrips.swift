import Geo

/// Every ``ParcelOverlapPair`` of a layer too large to hold whole, found strip by strip
/// with memory for one strip's boundaries: the layer's x-extent is cut at its parcels'
/// west edges into strips of about `targetCount` parcels; a strip's parcels are those
/// whose envelope meets it, and a pair found there is kept only when the west edge of the
/// two envelopes' intersection, max(minX a, minX b), lies in the strip. Two parcels whose
/// envelopes meet both reach the strip holding that edge, so each pair is found exactly
/// once, by ``ParcelOverlapPair``'s rule (which tests a pair on its two boundaries only).
///
/// Envelopes are EPSG:9210 metres as a store's R-tree keeps them (rounded outwards: the
/// rule needs only that parcels which overlap have envelopes that meet).
public struct ParcelOverlapStrips: Sendable {
    /// A parcel's id and envelope, m.
    public struct Extent: Sendable, Hashable {
        public var id: String
        public var minX: Double, maxX: Double, minY: Double, maxY: Double

        /// Creates the extent.
        public init(id: String, minX: Double, maxX: Double, minY: Double, maxY: Double) {
            self.id = id
            (self.minX, self.maxX, self.minY, self.maxY) = (minX, maxX, minY, maxY)
        }

        func meets(_ o: Extent) -> Bool { minX <= o.maxX && o.minX <= maxX && minY <= o.maxY && o.minY <= maxY }
    }

    /// The parcels, as given.
    public let extents: [Extent]
    /// The strips' west edges, ascending: strip k runs from `edges[k]` (the first from −∞)
    /// to `edges[k + 1]` (the last to +∞).
    public let edges: [Double]

    /// Cuts the extent of `extents` into strips of about `targetCount` parcels (at least 1).
    public init(_ extents: [Extent], targetCount: Int = 32_768) {
        self.extents = extents
        let west = extents.map(\.minX).sorted()
        var edges: [Double] = [-.infinity]
        for k in stride(from: max(1, targetCount), to: west.count, by: max(1, targetCount)) where west[k] > edges.last! {
            edges.append(west[k])
        }
        self.edges = edges
    }

    /// The number of strips.
    public var count: Int { edges.count }

    /// The positions in ``extents`` of the parcels strip `k` must look at: every parcel
    /// meeting it, or with `touching`, those of them in `touching` and the ones whose
    /// envelopes meet theirs (none when the strip holds no parcel of `touching`).
    public func members(ofStrip k: Int, touching: Set<String>? = nil) -> [Int] {
        let (lower, upper) = bounds(k)
        let meeting = extents.indices.filter { extents[$0].minX < upper && extents[$0].maxX >= lower }
        guard let touching else { return meeting }
        let touched = meeting.filter { touching.contains(extents[$0].id) }
        // Few parcels changed: only their neighbours; many: the whole strip (cheaper than pairing them all).
        guard !touched.isEmpty, touched.count * meeting.count <= 4_000_000 else { return touched.isEmpty ? [] : meeting }
        return meeting.filter { m in touching.contains(extents[m].id) || touched.contains { extents[$0].meets(extents[m]) } }
    }

    /// The pairs strip `k` keeps among the parcels at `members` (positions in ``extents``)
    /// with their `boundaries` (EPSG:9210, same order): those whose intersection's west
    /// edge lies in the strip and, with `touching`, that hold a parcel of `touching`.
    /// - Throws: ``GeoError`` when GEOS fails on a geometry.
    public func pairs(inStrip k: Int, members: [Int], boundaries: [Geometry?], touching: Set<String>? = nil,
                      threads: Int? = nil) throws -> [ParcelOverlapPair] {
        precondition(members.count == boundaries.count, "one boundary per member")
        let (lower, upper) = bounds(k)
        // Id order, so the earlier parcel probes, as in the whole layer's records.
        let order = members.indices.sorted { extents[members[$0]].id < extents[members[$1]].id }
        let found = try ParcelOverlapPair.positions(boundaries: order.map { boundaries[$0] }, threads: threads)
        return found.compactMap { i, j in
            let (a, b) = (extents[members[order[i]]], extents[members[order[j]]])
            let edge = max(a.minX, b.minX)
            guard edge >= lower, edge < upper else { return nil }
            if let touching, !touching.contains(a.id), !touching.contains(b.id) { return nil }
            return ParcelOverlapPair(a.id, b.id)
        }
    }

    private func bounds(_ k: Int) -> (lower: Double, upper: Double) {
        (edges[k], k + 1 < edges.count ? edges[k + 1] : .infinity)
    }
}
