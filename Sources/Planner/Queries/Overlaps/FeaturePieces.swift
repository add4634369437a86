import Geo

/// A feature too large to overlay whole against each neighbour (a parcel with 10 000
/// holes, a boundary of a million vertices), cut once into pieces of bounded size
/// (``NativeGeometry/subdivided(maxVertices:)``) with their boxes, so that each pair
/// costs what the pieces near the neighbour cost, not the whole feature.
struct FeaturePieces {
    /// Features with more vertices than this are cut; smaller ones are overlaid whole
    /// (the shipped layers are far below it, so their answers are unchanged).
    static let vertexLimit = 4_096
    /// Vertices per piece at most.
    static let pieceSize = 256

    /// The pieces (EPSG:9210) and their bounding boxes.
    let pieces: [(geometry: NativeGeometry, box: Envelope)]

    /// Cuts `geometry` when it has more than `limit` vertices; `nil` when it has not.
    init?(cutting geometry: NativeGeometry, above limit: Int = vertexLimit) throws {
        guard try geometry.vertexCount() > limit else { return nil }
        pieces = try geometry.subdivided(maxVertices: Self.pieceSize).compactMap { piece in
            try piece.envelope().map { (piece, $0) }
        }
    }

    /// A feature taken whole, as one piece.
    init(whole geometry: NativeGeometry) throws {
        pieces = try geometry.envelope().map { [(geometry, $0)] } ?? []
    }

    /// What the two features share: the union of the pieces' intersections (pairs whose
    /// boxes meet only), `nil` when they share no area.
    /// - Throws: ``GeoError`` when GEOS fails.
    func sharedArea(with other: FeaturePieces, _ engine: GeometryEngine) throws -> NativeGeometry? {
        var parts: [Geometry] = []
        for a in pieces {
            for b in other.pieces where a.box.intersects(b.box) {
                let part = try a.geometry.intersection(b.geometry)
                if try part.area() > 0 { parts.append(try part.geometry()) }
            }
        }
        guard !parts.isEmpty else { return nil }
        return parts.count == 1 ? try engine.native(parts[0]) : try engine.unaryUnion(parts)
    }
}
