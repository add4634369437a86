/// Reads GeoJSON geometry objects (RFC 7946 §3.1) from parsed JSON (``JSONValue``).
/// Features and properties are the caller's business; this type only knows geometry.
/// Extra ordinates (altitude) are dropped; booleans are not numbers; a part of a
/// MultiLineString or MultiPolygon must not be empty.
public enum GeoJSONGeometry {
    /// The geometry; `null` reads as the empty geometry.
    /// - Throws: ``GeoError`` (`.parse`) saying what is malformed.
    public static func geometry(from json: JSONValue) throws(GeoError) -> Geometry {
        if json == .null { return .empty }
        guard case .object(let object) = json else { throw fail("geometry is not a JSON object") }
        guard case .string(let type)? = object["type"] else { throw fail("geometry has no \"type\"") }
        if type == "GeometryCollection" {
            guard case .array(let members)? = object["geometries"] else { throw fail("GeometryCollection has no \"geometries\" array") }
            var out: [Geometry] = []
            for m in members { out.append(try geometry(from: m)) }
            return .collection(out)
        }
        guard let coordinates = object["coordinates"] else { throw fail("\(type) has no \"coordinates\"") }
        switch type {
        case "Point":
            return .point(Point(try position(coordinates)))
        case "LineString":
            return .lineString(LineString(try positions(coordinates)))
        case "Polygon":
            return .polygon(try polygon(coordinates))
        case "MultiPoint":
            return .multiPoint(MultiPoint(try positions(coordinates).map(Point.init)))
        case "MultiLineString":
            var lines: [LineString] = []
            for (k, l) in try array(coordinates, "MultiLineString").enumerated() {
                let line = try positions(l)
                if line.isEmpty { throw fail("MultiLineString part \(k) is empty") }
                lines.append(LineString(line))
            }
            return .multiLineString(MultiLineString(lines))
        case "MultiPolygon":
            var polygons: [Polygon] = []
            for (k, p) in try array(coordinates, "MultiPolygon").enumerated() {
                let part = try polygon(p)
                if part.exterior.isEmpty { throw fail("MultiPolygon part \(k) is empty") }
                polygons.append(part)
            }
            return .multiPolygon(MultiPolygon(polygons))
        default:
            throw fail("unknown geometry type \"\(type)\"")
        }
    }

    private static func fail(_ message: String) -> GeoError {
        GeoError(.parse, operation: "GeoJSON geometry", message: message)
    }

    private static func array(_ value: JSONValue, _ what: String) throws(GeoError) -> [JSONValue] {
        guard case .array(let a) = value else { throw fail("\(what) coordinates are not an array") }
        return a
    }

    private static func position(_ value: JSONValue) throws(GeoError) -> Coordinate {
        guard case .array(let a) = value, a.count >= 2, case .number(let x) = a[0], case .number(let y) = a[1] else {
            throw fail("a position must be an array of at least two numbers, got \(value.jsonText.prefix(60))")
        }
        for extra in a.dropFirst(2) {
            guard case .number = extra else {
                throw fail("a position must be an array of numbers, got \(value.jsonText.prefix(60))")
            }
        }
        return Coordinate(x, y)
    }

    private static func positions(_ value: JSONValue) throws(GeoError) -> [Coordinate] {
        let a = try array(value, "line or ring")
        var out: [Coordinate] = []
        out.reserveCapacity(a.count)
        for p in a { out.append(try position(p)) }
        return out
    }

    private static func polygon(_ value: JSONValue) throws(GeoError) -> Polygon {
        var rings: [[Coordinate]] = []
        for r in try array(value, "Polygon") { rings.append(try positions(r)) }
        guard let exterior = rings.first else { return Polygon(exterior: []) }
        return Polygon(exterior: exterior, holes: Array(rings.dropFirst()))
    }
}
