import CGEOS

extension NativeGeometry {
    /// The number of vertices (GEOS counts every ring's closing point).
    public func vertexCount() throws -> Int {
        let n = GEOSGetNumCoordinates_r(engine.handle, pointer)
        guard n >= 0 else { throw engine.failure("vertex count") }
        return Int(n)
    }

    /// This polygonal geometry cut into pieces of at most `maxVertices` vertices each, as
    /// PostGIS's `ST_Subdivide` does: the bounding box is halved across its longer side,
    /// recursively, and each half intersected (GEOS OverlayNG, so every piece is valid).
    /// The pieces' interiors are disjoint and together they cover the geometry, so the
    /// area this geometry shares with another is the sum of what its pieces share, and
    /// work against a small neighbour touches only the few pieces near it.
    /// O(n log n) for n vertices; a geometry already small enough is returned whole.
    /// Empty pieces are left out.
    /// - Parameter maxVertices: at least 8 (smaller values are raised to 8).
    public func subdivided(maxVertices: Int) throws -> [NativeGeometry] {
        let limit = max(maxVertices, 8)
        var pieces: [NativeGeometry] = []
        var pending: [(NativeGeometry, depth: Int)] = [(self, 0)]
        while let (piece, depth) = pending.popLast() {
            guard let box = try piece.envelope() else { continue }
            // 50 halvings make a cell 2^-50 of the box: past that, cutting gains nothing.
            guard try piece.vertexCount() > limit, depth < 50, box.width > 0 || box.height > 0 else {
                pieces.append(piece)
                continue
            }
            for half in box.halves() {
                let rectangle = try engine.wrap("rectangle", GEOSGeom_createRectangle_r(
                    engine.handle, half.minX, half.minY, half.maxX, half.maxY))
                let part = try piece.intersection(rectangle)
                if try !part.isEmpty() { pending.append((part, depth + 1)) }
            }
        }
        return pieces
    }
}
