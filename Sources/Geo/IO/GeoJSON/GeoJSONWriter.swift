/// Writes geometry objects as GeoJSON text, the RFC 7946 way by default: exterior rings
/// counter-clockwise, holes clockwise, coordinates rounded to `precision` decimals
/// (7 decimals of a degree is about 1 cm; 16 or more: not rounded). The caller passes
/// lon/lat (EPSG:4326), or any CRS's x/y when it writes GeoJSON for itself.
public struct GeoJSONWriter: Sendable {
    /// Decimal places kept.
    public var precision: Int
    /// When true, rings are re-oriented to RFC 7946's right-hand rule.
    public var rfc7946Orientation: Bool
    private let scale: Double
    private let degrees: DegreeText

    /// Creates a writer.
    public init(precision: Int = 7, rfc7946Orientation: Bool = true) {
        self.precision = precision
        self.rfc7946Orientation = rfc7946Orientation
        self.scale = Double.pow10(precision)
        self.degrees = DegreeText(precision: precision)
    }

    /// The geometry as a JSON object text.
    public func string(_ geometry: Geometry) -> String {
        var out = ""
        write(geometry, into: &out)
        return out
    }

    /// A number rounded to `precision` decimals, in JSON syntax.
    /// The reference text: integers bare, others in Swift's shortest round-trip form.
    /// Coordinates are written by ``DegreeText``, which gives the same text faster.
    public func number(_ v: Double) -> String { Self.number(v, scale: scale) }

    static func number(_ v: Double, scale: Double) -> String {
        // 16 decimals or more: no rounding, the double's own shortest round-trip text
        // (files read through GDAL pass their coordinates on exactly).
        if scale >= 1e16 { return v == v.rounded() && abs(v) < 1e15 ? String(Int64(v)) : "\(v)" }
        let r = (v * scale).rounded() / scale
        if r == r.rounded(), abs(r) < 1e15 { return String(Int64(r)) }
        return "\(r)"
    }

    private func position(_ c: Coordinate, _ out: inout String) {
        out += "["
        degrees.append(c.x, to: &out)
        out += ","
        degrees.append(c.y, to: &out)
        out += "]"
    }

    private func positions<C: Collection>(_ cs: C, _ out: inout String) where C.Element == Coordinate {
        out += "["
        var first = true
        for c in cs {
            if !first { out += "," }
            first = false
            position(c, &out)
        }
        out += "]"
    }

    private func ring(_ r: [Coordinate], counterClockwise: Bool, _ out: inout String) {
        if rfc7946Orientation, Ring.isCounterClockwise(r) != counterClockwise {
            positions(r.reversed(), &out)
        } else {
            positions(r, &out)
        }
    }

    private func polygonBody(_ p: Polygon, _ out: inout String) {
        out += "["
        if !p.isEmpty {
            ring(p.exterior, counterClockwise: true, &out)
            for h in p.holes {
                out += ","
                ring(h, counterClockwise: false, &out)
            }
        }
        out += "]"
    }

    /// Appends the geometry object to `out`.
    public func write(_ g: Geometry, into out: inout String) {
        switch g {
        case .point(let p):
            out += "{\"type\":\"Point\",\"coordinates\":"; position(p.coordinate, &out)
        case .lineString(let l):
            out += "{\"type\":\"LineString\",\"coordinates\":"; positions(l.coordinates, &out)
        case .polygon(let p):
            out += "{\"type\":\"Polygon\",\"coordinates\":"; polygonBody(p, &out)
        case .multiPoint(let m):
            out += "{\"type\":\"MultiPoint\",\"coordinates\":"; positions(m.points.map(\.coordinate), &out)
        case .multiLineString(let m):
            out += "{\"type\":\"MultiLineString\",\"coordinates\":["
            for (i, l) in m.lineStrings.enumerated() {
                if i > 0 { out += "," }
                positions(l.coordinates, &out)
            }
            out += "]"
        case .multiPolygon(let m):
            out += "{\"type\":\"MultiPolygon\",\"coordinates\":["
            for (i, p) in m.polygons.enumerated() {
                if i > 0 { out += "," }
                polygonBody(p, &out)
            }
            out += "]"
        case .collection(let gs):
            out += "{\"type\":\"GeometryCollection\",\"geometries\":["
            for (i, g) in gs.enumerated() {
                if i > 0 { out += "," }
                write(g, into: &out)
            }
            out += "]"
        }
        out += "}"
    }
}

extension Double {
    static func pow10(_ n: Int) -> Double {
        var v = 1.0
        for _ in 0..<max(0, n) { v *= 10 }
        return v
    }
}
