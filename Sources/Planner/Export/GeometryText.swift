import Geo

/// Writes geometry objects as GeoJSON text exactly as ``GeoJSONWriter`` does with RFC 7946
/// orientation (exterior rings counter-clockwise, holes clockwise), numbers written by
/// ``DegreeText``: the exporter's fast path for lon/lat geometry.
struct GeometryText: Sendable {
    let degrees: DegreeText

    init(precision: Int) { degrees = DegreeText(precision: precision) }

    /// Appends the geometry object to `out`.
    func write(_ g: Geometry, into out: inout String) {
        switch g {
        case .point(let p):
            out += "{\"type\":\"Point\",\"coordinates\":"
            position(p.coordinate, &out)
        case .lineString(let l):
            out += "{\"type\":\"LineString\",\"coordinates\":"
            positions(l.coordinates, &out)
        case .polygon(let p):
            out += "{\"type\":\"Polygon\",\"coordinates\":"
            polygonBody(p, &out)
        case .multiPoint(let m):
            out += "{\"type\":\"MultiPoint\",\"coordinates\":"
            positions(m.points.map(\.coordinate), &out)
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
        if Ring.isCounterClockwise(r) != counterClockwise {
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
}
