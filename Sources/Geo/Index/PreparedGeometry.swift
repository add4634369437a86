import CGEOS

/// A GEOS prepared geometry: indexes its own segments once so that many predicate
/// tests against it (parcel against park, point against parcel) are fast.
///
/// Belongs to one engine and one thread: GEOS builds the internal index lazily on
/// first use, so a prepared geometry must never be shared between threads.
public final class PreparedGeometry {
    /// The geometry that was prepared (kept alive as long as the prepared form).
    public let base: NativeGeometry
    private let prepared: OpaquePointer

    /// Prepares `base` on its own engine.
    public init(_ base: NativeGeometry) throws {
        self.base = base
        self.prepared = try base.engine.check("prepare", GEOSPrepare_r(base.engine.handle, base.pointer))
    }

    deinit {
        GEOSPreparedGeom_destroy_r(base.engine.handle, prepared)
    }

    /// Evaluates a predicate with the prepared index. `other` must belong to the same engine.
    /// `equals` and `disjoint` have no prepared form in GEOS and run unprepared.
    public func evaluate(_ predicate: SpatialPredicate, _ other: NativeGeometry) throws -> Bool {
        let h = base.engine.handle, p = prepared, g = other.pointer
        let result: CChar
        switch predicate {
        case .intersects: result = GEOSPreparedIntersects_r(h, p, g)
        case .overlaps: result = GEOSPreparedOverlaps_r(h, p, g)
        case .contains: result = GEOSPreparedContains_r(h, p, g)
        case .covers: result = GEOSPreparedCovers_r(h, p, g)
        case .within: result = GEOSPreparedWithin_r(h, p, g)
        case .coveredBy: result = GEOSPreparedCoveredBy_r(h, p, g)
        case .touches: result = GEOSPreparedTouches_r(h, p, g)
        case .crosses: result = GEOSPreparedCrosses_r(h, p, g)
        case .disjoint: result = GEOSPreparedDisjoint_r(h, p, g)
        case .equals: return try base.evaluate(.equals, other)
        }
        return try base.engine.checkBool("prepared \(predicate.rawValue)", result)
    }

    /// True when `other` shares any point with the prepared geometry.
    public func intersects(_ other: NativeGeometry) throws -> Bool { try evaluate(.intersects, other) }
    /// True when interiors meet and neither contains the other.
    public func overlaps(_ other: NativeGeometry) throws -> Bool { try evaluate(.overlaps, other) }
    /// True when `other` lies inside.
    public func contains(_ other: NativeGeometry) throws -> Bool { try evaluate(.contains, other) }
    /// True when no point of `other` lies outside.
    public func covers(_ other: NativeGeometry) throws -> Bool { try evaluate(.covers, other) }

    /// True when the point lies inside or on the boundary (a point-in-polygon look-up).
    public func covers(_ point: Coordinate) throws -> Bool {
        let engine = base.engine
        let g = try engine.check("point", GEOSGeom_createPointFromXY_r(engine.handle, point.x, point.y))
        defer { GEOSGeom_destroy_r(engine.handle, g) }
        return try engine.checkBool("prepared covers", GEOSPreparedCovers_r(engine.handle, prepared, g))
    }
}

extension GeometryEngine {
    /// Converts and prepares a value in one step.
    public func prepare(_ geometry: Geometry) throws -> PreparedGeometry {
        try PreparedGeometry(native(geometry))
    }
}
