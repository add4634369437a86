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
        var out: [UInt8] = []
        write(geometry, into: &out)
        return String(decoding: out, as: UTF8.self)
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

    private func position(_ c: Coordinate, _ out: inout [UInt8]) {
        out.append(UInt8(ascii: "["))
        degrees.append(c.x, to: &out)
        out.append(UInt8(ascii: ","))
        degrees.append(c.y, to: &out)
        out.append(UInt8(ascii: "]"))
    }

    private func positions<C: Collection>(_ cs: C, _ out: inout [UInt8]) where C.Element == Coordinate {
        out.append(UInt8(ascii: "["))
        var first = true
        for c in cs {
            if !first { out.append(UInt8(ascii: ",")) }
            first = false
            position(c, &out)
        }
        out.append(UInt8(ascii: "]"))
    }

    private func ring(_ r: [Coordinate], counterClockwise: Bool, _ out: inout [UInt8]) {
        if rfc7946Orientation, Ring.isCounterClockwise(r) != counterClockwise {
            positions(r.reversed(), &out)
        } else {
            positions(r, &out)
        }
    }

    private func polygonBody(_ p: Polygon, _ out: inout [UInt8]) {
        out.append(UInt8(ascii: "["))
        if !p.isEmpty {
            ring(p.exterior, counterClockwise: true, &out)
            for h in p.holes {
                out.append(UInt8(ascii: ","))
                ring(h, counterClockwise: false, &out)
            }
        }
        out.append(UInt8(ascii: "]"))
    }

    /// Appends the geometry object to `out`, as UTF-8.
    public func write(_ g: Geometry, into out: inout [UInt8]) {
        switch g {
        case .point(let p):
            out.append(contentsOf: #"{"type":"Point","coordinates":"#.utf8); position(p.coordinate, &out)
        case .lineString(let l):
            out.append(contentsOf: #"{"type":"LineString","coordinates":"#.utf8); positions(l.coordinates, &out)
        case .polygon(let p):
            out.append(contentsOf: #"{"type":"Polygon","coordinates":"#.utf8); polygonBody(p, &out)
        case .multiPoint(let m):
            out.append(contentsOf: #"{"type":"MultiPoint","coordinates":"#.utf8); positions(m.points.map(\.coordinate), &out)
        case .multiLineString(let m):
            out.append(contentsOf: #"{"type":"MultiLineString","coordinates":["#.utf8)
            for (i, l) in m.lineStrings.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                positions(l.coordinates, &out)
            }
            out.append(UInt8(ascii: "]"))
        case .multiPolygon(let m):
            out.append(contentsOf: #"{"type":"MultiPolygon","coordinates":["#.utf8)
            for (i, p) in m.polygons.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                polygonBody(p, &out)
            }
            out.append(UInt8(ascii: "]"))
        case .collection(let gs):
            out.append(contentsOf: #"{"type":"GeometryCollection","geometries":["#.utf8)
            for (i, g) in gs.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                write(g, into: &out)
            }
            out.append(UInt8(ascii: "]"))
        }
        out.append(UInt8(ascii: "}"))
    }
}

extension Double {
    static func pow10(_ n: Int) -> Double {
        var v = 1.0
        for _ in 0..<max(0, n) { v *= 10 }
        return v
    }
}
