import CGEOS

extension NativeGeometry {
    /// Evaluates a named predicate with GEOS (exact, no tolerance).
    public func evaluate(_ predicate: SpatialPredicate, _ other: NativeGeometry) throws -> Bool {
        let h = engine.handle, a = pointer, b = other.pointer
        let result: CChar
        switch predicate {
        case .intersects: result = GEOSIntersects_r(h, a, b)
        case .overlaps: result = GEOSOverlaps_r(h, a, b)
        case .contains: result = GEOSContains_r(h, a, b)
        case .covers: result = GEOSCovers_r(h, a, b)
        case .within: result = GEOSWithin_r(h, a, b)
        case .coveredBy: result = GEOSCoveredBy_r(h, a, b)
        case .touches: result = GEOSTouches_r(h, a, b)
        case .crosses: result = GEOSCrosses_r(h, a, b)
        case .disjoint: result = GEOSDisjoint_r(h, a, b)
        case .equals: result = GEOSEquals_r(h, a, b)
        }
        return try engine.checkBool(predicate.rawValue, result)
    }

    /// True when the two share any point.
    public func intersects(_ other: NativeGeometry) throws -> Bool { try evaluate(.intersects, other) }
    /// True when interiors meet and neither contains the other (edge contact is not overlap).
    public func overlaps(_ other: NativeGeometry) throws -> Bool { try evaluate(.overlaps, other) }
    /// True when `other` lies inside this geometry.
    public func contains(_ other: NativeGeometry) throws -> Bool { try evaluate(.contains, other) }
    /// True when no point of `other` lies outside this geometry.
    public func covers(_ other: NativeGeometry) throws -> Bool { try evaluate(.covers, other) }
    /// True when this geometry lies inside `other`.
    public func within(_ other: NativeGeometry) throws -> Bool { try evaluate(.within, other) }
    /// True when boundaries meet and interiors do not.
    public func touches(_ other: NativeGeometry) throws -> Bool { try evaluate(.touches, other) }
}

extension NativeGeometry {
    /// The DE-9IM intersection matrix with `other` (`GEOSRelate_r`), nine characters
    /// row by row: interior, boundary, exterior of this against those of `other`
    /// ("212101212" for two overlapping polygons). One computation answers every named
    /// predicate, and whether the interiors share an area (first character "2").
    public func relate(_ other: NativeGeometry) throws -> String {
        let matrix = try engine.check("relate", GEOSRelate_r(engine.handle, pointer, other.pointer))
        defer { GEOSFree_r(engine.handle, matrix) }
        return String(cString: matrix)
    }
}
