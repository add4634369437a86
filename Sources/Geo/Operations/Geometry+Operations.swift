/// Convenience operations on values, run on the calling thread's ``GeometryEngine``.
///
/// Each call converts its inputs to GEOS; for many operations on the same geometry,
/// convert once with ``GeometryEngine/native(_:)`` or prepare it (``PreparedGeometry``).
/// Every method throws ``GeoError`` when GEOS refuses its input.
extension Geometry {
    private func withNative<T>(_ other: Geometry, _ body: (NativeGeometry, NativeGeometry) throws -> T) throws -> T {
        let engine = GeometryEngine.current
        return try body(try engine.native(self), try engine.native(other))
    }

    /// Evaluates a named predicate (exact DE-9IM).
    public func evaluate(_ predicate: SpatialPredicate, _ other: Geometry) throws -> Bool {
        try withNative(other) { try $0.evaluate(predicate, $1) }
    }

    /// True when the two share any point.
    public func intersects(_ other: Geometry) throws -> Bool { try evaluate(.intersects, other) }
    /// True when interiors meet and neither contains the other; edge contact is not overlap.
    public func overlaps(_ other: Geometry) throws -> Bool { try evaluate(.overlaps, other) }
    /// True when `other` lies inside this geometry.
    public func contains(_ other: Geometry) throws -> Bool { try evaluate(.contains, other) }
    /// True when no point of `other` lies outside this geometry.
    public func covers(_ other: Geometry) throws -> Bool { try evaluate(.covers, other) }
    /// True when this geometry lies inside `other`.
    public func within(_ other: Geometry) throws -> Bool { try evaluate(.within, other) }
    /// True when boundaries meet and interiors do not.
    public func touches(_ other: Geometry) throws -> Bool { try evaluate(.touches, other) }

    /// The points common to both.
    public func intersection(_ other: Geometry) throws -> Geometry {
        try withNative(other) { try $0.intersection($1).geometry() }
    }

    /// The points of this geometry not in `other`.
    public func difference(_ other: Geometry) throws -> Geometry {
        try withNative(other) { try $0.difference($1).geometry() }
    }

    /// The points of either.
    public func union(_ other: Geometry) throws -> Geometry {
        try withNative(other) { try $0.union($1).geometry() }
    }

    /// The union of many geometries (cascaded, GEOS unary union).
    public static func unaryUnion(_ geometries: [Geometry]) throws -> Geometry {
        try GeometryEngine.current.unaryUnion(geometries).geometry()
    }

    /// The area within `distance` CRS units (metres in EPSG:9210).
    public func buffer(_ distance: Double, quadrantSegments: Int = 8) throws -> Geometry {
        try GeometryEngine.current.native(self).buffer(distance, quadrantSegments: quadrantSegments).geometry()
    }

    /// Shortest distance in CRS units (metres in EPSG:9210).
    public func distance(to other: Geometry) throws -> Double {
        try withNative(other) { try $0.distance(to: $1) }
    }

    /// GEOS's validity verdict with reason and location.
    /// Rings that GEOS cannot even build (not closed, fewer than 4 points) are
    /// reported invalid here too, rather than thrown.
    public func validity() throws -> ValidityReport {
        if let problem = structuralProblem { return problem }
        return try GeometryEngine.current.native(self).validity()
    }

    /// A valid version of this geometry (GEOS make-valid, structure method).
    public func makeValid() throws -> Geometry {
        try GeometryEngine.current.native(self).makeValid().geometry()
    }

    /// Problems that stop a geometry from being built at all: non-finite coordinates,
    /// rings not closed or with fewer than four points, lines with fewer than two.
    public var structuralProblem: ValidityReport? {
        var firstBad: Coordinate?
        forEachCoordinate { c in if firstBad == nil && !c.isFinite { firstBad = c } }
        if firstBad != nil { return ValidityReport(isValid: false, reason: "Non-finite coordinate (NaN or infinity)") }
        for polygon in polygons {
            for ring in polygon.rings {
                if ring.count < 4 {
                    return ValidityReport(isValid: false, reason: "Too few points in ring (\(ring.count); a closed ring needs at least 4)", location: ring.first)
                }
                if !Ring.isClosed(ring) {
                    return ValidityReport(isValid: false, reason: "Ring not closed (first and last points differ)", location: ring.first)
                }
            }
        }
        func lineProblem(_ l: LineString) -> ValidityReport? {
            l.coordinates.count == 1
                ? ValidityReport(isValid: false, reason: "Too few points in line (1; a line needs at least 2)", location: l.coordinates.first)
                : nil
        }
        switch self {
        case .lineString(let l): return lineProblem(l)
        case .multiLineString(let m): return m.lineStrings.lazy.compactMap(lineProblem).first
        case .collection(let gs): return gs.lazy.compactMap(\.structuralProblem).first
        default: return nil
        }
    }
}
