import CGEOS

/// Conversion between ``Geometry`` values and GEOS geometries, using GEOS's buffer
/// copies (one `memcpy`-like call per ring) rather than a call per vertex.
extension GeometryEngine {
    func makeSequence(_ coordinates: [Coordinate]) throws -> OpaquePointer {
        let seq = coordinates.withUnsafeBufferPointer { buffer -> OpaquePointer? in
            guard let base = buffer.baseAddress else {
                return GEOSCoordSeq_create_r(handle, 0, 2)
            }
            return UnsafeRawPointer(base).withMemoryRebound(to: Double.self, capacity: buffer.count * 2) {
                GEOSCoordSeq_copyFromBuffer_r(handle, $0, UInt32(buffer.count), 0, 0)
            }
        }
        return try check("coordinate sequence", seq)
    }

    func makeRing(_ ring: [Coordinate]) throws -> OpaquePointer {
        try check("linear ring", GEOSGeom_createLinearRing_r(handle, try makeSequence(ring)))
    }

    func makePolygon(_ polygon: Polygon) throws -> OpaquePointer {
        if polygon.isEmpty { return try check("empty polygon", GEOSGeom_createEmptyPolygon_r(handle)) }
        let shell = try makeRing(polygon.exterior)
        var holes: [OpaquePointer?] = []
        do {
            for hole in polygon.holes { holes.append(try makeRing(hole)) }
        } catch {
            GEOSGeom_destroy_r(handle, shell)
            holes.forEach { GEOSGeom_destroy_r(handle, $0) }
            throw error
        }
        return try holes.withUnsafeMutableBufferPointer { buffer in
            try check("polygon", GEOSGeom_createPolygon_r(handle, shell, buffer.baseAddress, UInt32(buffer.count)))
        }
    }

    func makeCollection(_ type: GEOSGeomTypes, _ parts: [() throws -> OpaquePointer]) throws -> OpaquePointer {
        var made: [OpaquePointer?] = []
        do {
            for part in parts { made.append(try part()) }
        } catch {
            made.forEach { GEOSGeom_destroy_r(handle, $0) }
            throw error
        }
        if made.isEmpty { return try check("empty collection", GEOSGeom_createEmptyCollection_r(handle, Int32(type.rawValue))) }
        return try made.withUnsafeMutableBufferPointer { buffer in
            try check("collection", GEOSGeom_createCollection_r(handle, Int32(type.rawValue), buffer.baseAddress, UInt32(buffer.count)))
        }
    }

    /// A new GEOS geometry (caller owns it) for a value.
    func makeGEOS(_ geometry: Geometry) throws -> OpaquePointer {
        switch geometry {
        case .point(let p):
            return try check("point", GEOSGeom_createPointFromXY_r(handle, p.coordinate.x, p.coordinate.y))
        case .lineString(let l):
            return try check("line string", GEOSGeom_createLineString_r(handle, try makeSequence(l.coordinates)))
        case .polygon(let p):
            return try makePolygon(p)
        case .multiPoint(let m):
            return try makeCollection(GEOS_MULTIPOINT, m.points.map { p in { try self.makeGEOS(.point(p)) } })
        case .multiLineString(let m):
            return try makeCollection(GEOS_MULTILINESTRING, m.lineStrings.map { l in { try self.makeGEOS(.lineString(l)) } })
        case .multiPolygon(let m):
            return try makeCollection(GEOS_MULTIPOLYGON, m.polygons.map { p in { try self.makePolygon(p) } })
        case .collection(let gs):
            return try makeCollection(GEOS_GEOMETRYCOLLECTION, gs.map { g in { try self.makeGEOS(g) } })
        }
    }

    func coordinates(ofSequence seq: OpaquePointer) throws -> [Coordinate] {
        var size: UInt32 = 0
        try checkStatus("sequence size", GEOSCoordSeq_getSize_r(handle, seq, &size))
        guard size > 0 else { return [] }
        var out = [Coordinate](repeating: Coordinate(0, 0), count: Int(size))
        let status = out.withUnsafeMutableBufferPointer { buffer in
            UnsafeMutableRawPointer(buffer.baseAddress!).withMemoryRebound(to: Double.self, capacity: Int(size) * 2) {
                GEOSCoordSeq_copyToBuffer_r(handle, seq, $0, 0, 0)
            }
        }
        try checkStatus("copy coordinates", status)
        return out
    }

    func coordinates(ofLinear g: OpaquePointer) throws -> [Coordinate] {
        // A borrowed sequence: owned by `g`, not to be destroyed.
        try coordinates(ofSequence: try check("coordinate sequence", GEOSGeom_getCoordSeq_r(handle, g)))
    }

    func polygonValue(_ g: OpaquePointer) throws -> Polygon {
        if try checkBool("isEmpty", GEOSisEmpty_r(handle, g)) { return Polygon(exterior: []) }
        let shell = try check("exterior ring", GEOSGetExteriorRing_r(handle, g))
        let holeCount = GEOSGetNumInteriorRings_r(handle, g)
        guard holeCount >= 0 else { throw failure("interior rings") }
        var holes: [[Coordinate]] = []
        holes.reserveCapacity(Int(holeCount))
        for i in 0..<holeCount {
            holes.append(try coordinates(ofLinear: try check("interior ring", GEOSGetInteriorRingN_r(handle, g, i))))
        }
        return Polygon(exterior: try coordinates(ofLinear: shell), holes: holes)
    }

    func parts(_ g: OpaquePointer) throws -> [OpaquePointer] {
        let n = GEOSGetNumGeometries_r(handle, g)
        guard n >= 0 else { throw failure("number of geometries") }
        return try (0..<n).map { try check("geometry part", GEOSGetGeometryN_r(handle, g, $0)) }
    }

    /// The value of a GEOS geometry (borrowed, not destroyed). An empty point becomes
    /// the empty collection and an empty member of a multi-point is left out, since
    /// ``Point`` is never empty.
    func value(of g: OpaquePointer) throws -> Geometry {
        let type = GEOSGeomTypeId_r(handle, g)
        switch type {
        case Int32(GEOS_POINT.rawValue):
            if try checkBool("isEmpty", GEOSisEmpty_r(handle, g)) { return .empty }
            let cs = try coordinates(ofLinear: g)
            return .point(Point(cs[0]))
        case Int32(GEOS_LINESTRING.rawValue), Int32(GEOS_LINEARRING.rawValue):
            return .lineString(LineString(try coordinates(ofLinear: g)))
        case Int32(GEOS_POLYGON.rawValue):
            return .polygon(try polygonValue(g))
        case Int32(GEOS_MULTIPOINT.rawValue):
            // GEOS 3.11 parses `MULTIPOINT (EMPTY, (1 1))`; an empty member holds no point
            // and is left out, since ``Point`` is never empty.
            return .multiPoint(MultiPoint(try parts(g).compactMap { try coordinates(ofLinear: $0).first.map(Point.init) }))
        case Int32(GEOS_MULTILINESTRING.rawValue):
            return .multiLineString(MultiLineString(try parts(g).map { LineString(try coordinates(ofLinear: $0)) }))
        case Int32(GEOS_MULTIPOLYGON.rawValue):
            return .multiPolygon(MultiPolygon(try parts(g).map(polygonValue)))
        case Int32(GEOS_GEOMETRYCOLLECTION.rawValue):
            return .collection(try parts(g).map(value(of:)))
        default:
            throw failure("geometry type \(type)")
        }
    }
}
