import CGEOS

/// Overlay operations (GEOS OverlayNG). Results are new geometries of the same engine.
extension NativeGeometry {
    /// The points common to both.
    public func intersection(_ other: NativeGeometry) throws -> NativeGeometry {
        try engine.wrap("intersection", GEOSIntersection_r(engine.handle, pointer, other.pointer))
    }

    /// The points of this geometry not in `other`.
    public func difference(_ other: NativeGeometry) throws -> NativeGeometry {
        try engine.wrap("difference", GEOSDifference_r(engine.handle, pointer, other.pointer))
    }

    /// The points of either geometry.
    public func union(_ other: NativeGeometry) throws -> NativeGeometry {
        try engine.wrap("union", GEOSUnion_r(engine.handle, pointer, other.pointer))
    }

    /// This geometry's own parts dissolved into one (overlapping polygons merged).
    public func unaryUnion() throws -> NativeGeometry {
        try engine.wrap("unary union", GEOSUnaryUnion_r(engine.handle, pointer))
    }

    /// The area within `distance` (CRS units, metres in EPSG:9210) of this geometry;
    /// `quadrantSegments` segments approximate each quarter circle.
    public func buffer(_ distance: Double, quadrantSegments: Int = 8) throws -> NativeGeometry {
        try engine.wrap("buffer", GEOSBuffer_r(engine.handle, pointer, distance, Int32(quadrantSegments)))
    }
}

extension GeometryEngine {
    /// The union of many geometries in one cascaded pass (far faster than folding `union`).
    public func unaryUnion(_ geometries: [Geometry]) throws -> NativeGeometry {
        let collection = try makeCollection(GEOS_GEOMETRYCOLLECTION, geometries.map { g in { try self.makeGEOS(g) } })
        defer { GEOSGeom_destroy_r(handle, collection) }
        return try wrap("unary union", GEOSUnaryUnion_r(handle, collection))
    }
}
