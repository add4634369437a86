import Foundation

/// GeoJSON geometry objects (RFC 7946 §3.1), read from parsed JSON and written as text.
/// Features and properties are the caller's business; this type only knows geometry.
public enum GeoJSONGeometry {
    /// Reads a geometry object as `JSONSerialization` parses it. Extra ordinates
    /// (altitude) are dropped. `null` reads as the empty geometry.
    /// - Throws: ``GeoError`` (`.parse`) saying what is malformed.
    public static func geometry(from json: Any?) throws -> Geometry {
        if json == nil || json is NSNull { return .empty }
        guard let object = json as? [String: Any] else { throw fail("geometry is not a JSON object") }
        guard let type = object["type"] as? String else { throw fail("geometry has no \"type\"") }
        if type == "GeometryCollection" {
            guard let members = object["geometries"] as? [Any] else { throw fail("GeometryCollection has no \"geometries\" array") }
            return .collection(try members.map { try geometry(from: $0) })
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
            return .multiLineString(MultiLineString(try array(coordinates, "MultiLineString").map { LineString(try positions($0)) }))
        case "MultiPolygon":
            return .multiPolygon(MultiPolygon(try array(coordinates, "MultiPolygon").map(polygon)))
        default:
            throw fail("unknown geometry type \"\(type)\"")
        }
    }

    private static func fail(_ message: String) -> GeoError {
        GeoError(.parse, operation: "GeoJSON geometry", message: message)
    }

    private static func array(_ value: Any, _ what: String) throws -> [Any] {
        guard let a = value as? [Any] else { throw fail("\(what) coordinates are not an array") }
        return a
    }

    /// A JSON number as a `Double`; `nil` for anything else, booleans included
    /// (Foundation parses numbers as `NSNumber` and booleans as a boolean `NSNumber`,
    /// whose Objective-C type is "c").
    static func number(_ value: Any) -> Double? {
        guard let n = value as? NSNumber else { return nil }
        if String(cString: n.objCType) == "c", type(of: n) != NSNumber.self { return nil }
        return n.doubleValue
    }

    static func position(_ value: Any) throws -> Coordinate {
        guard let a = value as? [Any], a.count >= 2, let x = number(a[0]), let y = number(a[1]) else {
            throw fail("a position must be an array of at least two numbers, got \(String(describing: value).prefix(60))")
        }
        return Coordinate(x, y)
    }

    static func positions(_ value: Any) throws -> [Coordinate] {
        try array(value, "line or ring").map(position)
    }

    static func polygon(_ value: Any) throws -> Polygon {
        let rings = try array(value, "Polygon").map(positions)
        guard let exterior = rings.first else { return Polygon(exterior: []) }
        return Polygon(exterior: exterior, holes: Array(rings.dropFirst()))
    }
}
