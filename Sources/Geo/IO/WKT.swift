import CGEOS

/// Well-known text through GEOS's reader and writer.
public enum WKT {
    /// Parses WKT ("POLYGON ((0 0, 1 0, 1 1, 0 0))").
    /// - Throws: ``GeoError`` with GEOS's parse message.
    public static func geometry(_ text: String) throws -> Geometry {
        let engine = GeometryEngine.current
        let reader = try engine.check("WKT reader", GEOSWKTReader_create_r(engine.handle))
        defer { GEOSWKTReader_destroy_r(engine.handle, reader) }
        guard let g = GEOSWKTReader_read_r(engine.handle, reader, text) else {
            var e = engine.failure("WKT")
            e.kind = .parse
            throw e
        }
        defer { GEOSGeom_destroy_r(engine.handle, g) }
        return try engine.value(of: g)
    }

    /// Writes WKT with trailing zeros trimmed; `precision` limits decimals when given.
    public static func text(_ geometry: Geometry, precision: Int? = nil) throws -> String {
        let engine = GeometryEngine.current
        let native = try engine.native(geometry)
        let writer = try engine.check("WKT writer", GEOSWKTWriter_create_r(engine.handle))
        defer { GEOSWKTWriter_destroy_r(engine.handle, writer) }
        GEOSWKTWriter_setTrim_r(engine.handle, writer, 1)
        if let precision { GEOSWKTWriter_setRoundingPrecision_r(engine.handle, writer, Int32(precision)) }
        let out = try engine.check("WKT", GEOSWKTWriter_write_r(engine.handle, writer, native.pointer))
        defer { GEOSFree_r(engine.handle, out) }
        return String(cString: out)
    }
}
