/// Writes ISO well-known binary (WKB), little-endian, 2-D: the geometry encoding inside
/// GeoPackage blobs and what GEOS, PostGIS and shapely read.
public enum WKBWriter {
    /// The WKB bytes of a geometry. An empty point is written as POINT(NaN NaN), the
    /// convention GEOS and GeoPackage use.
    public static func data(_ geometry: Geometry) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(estimatedSize(geometry))
        write(geometry, into: &out)
        return out
    }

    static func estimatedSize(_ g: Geometry) -> Int {
        var n = 0
        g.forEachCoordinate { _ in n += 1 }
        return 32 + n * 16
    }

    private static func header(_ type: UInt32, _ out: inout [UInt8]) {
        out.append(1) // little-endian
        append(type, &out)
    }

    private static func append(_ v: UInt32, _ out: inout [UInt8]) {
        withUnsafeBytes(of: v.littleEndian) { out.append(contentsOf: $0) }
    }

    private static func append(_ c: Coordinate, _ out: inout [UInt8]) {
        withUnsafeBytes(of: c.x.bitPattern.littleEndian) { out.append(contentsOf: $0) }
        withUnsafeBytes(of: c.y.bitPattern.littleEndian) { out.append(contentsOf: $0) }
    }

    private static func points(_ cs: [Coordinate], _ out: inout [UInt8]) {
        append(UInt32(cs.count), &out)
        for c in cs { append(c, &out) }
    }

    private static func polygonBody(_ p: Polygon, _ out: inout [UInt8]) {
        let rings = p.isEmpty ? [] : p.rings
        append(UInt32(rings.count), &out)
        for r in rings { points(r, &out) }
    }

    static func write(_ g: Geometry, into out: inout [UInt8]) {
        switch g {
        case .point(let p):
            header(1, &out); append(p.coordinate, &out)
        case .lineString(let l):
            header(2, &out); points(l.coordinates, &out)
        case .polygon(let p):
            header(3, &out); polygonBody(p, &out)
        case .multiPoint(let m):
            header(4, &out); append(UInt32(m.points.count), &out)
            for p in m.points { write(.point(p), into: &out) }
        case .multiLineString(let m):
            header(5, &out); append(UInt32(m.lineStrings.count), &out)
            for l in m.lineStrings { write(.lineString(l), into: &out) }
        case .multiPolygon(let m):
            header(6, &out); append(UInt32(m.polygons.count), &out)
            for p in m.polygons { write(.polygon(p), into: &out) }
        case .collection(let gs):
            header(7, &out); append(UInt32(gs.count), &out)
            for g in gs { write(g, into: &out) }
        }
    }
}
