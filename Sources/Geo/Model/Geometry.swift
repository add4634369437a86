/// A geometry value: immutable, `Sendable`, and free of any C handle, so it can cross
/// threads and be stored. Operations convert it to GEOS on the calling thread's context.
///
/// Coordinates are in whatever CRS the caller works in; ParkPlanner stores and measures
/// in EPSG:9210 (metres) and exports EPSG:4326 (lon/lat).
public indirect enum Geometry: Hashable, Sendable {
    /// A single position.
    case point(Point)
    /// A line.
    case lineString(LineString)
    /// A polygon with optional holes.
    case polygon(Polygon)
    /// Several points.
    case multiPoint(MultiPoint)
    /// Several lines.
    case multiLineString(MultiLineString)
    /// Several polygons.
    case multiPolygon(MultiPolygon)
    /// A heterogeneous collection; `.collection([])` is the canonical empty geometry.
    case collection([Geometry])

    /// The canonical empty geometry.
    public static let empty = Geometry.collection([])

    /// The OGC / GeoJSON type name ("Polygon", "MultiPolygon", …).
    public var typeName: String {
        switch self {
        case .point: "Point"
        case .lineString: "LineString"
        case .polygon: "Polygon"
        case .multiPoint: "MultiPoint"
        case .multiLineString: "MultiLineString"
        case .multiPolygon: "MultiPolygon"
        case .collection: "GeometryCollection"
        }
    }

    /// True when the geometry has no points at all.
    public var isEmpty: Bool {
        switch self {
        case .point: false
        case .lineString(let l): l.coordinates.isEmpty
        case .polygon(let p): p.isEmpty
        case .multiPoint(let m): m.points.isEmpty
        case .multiLineString(let m): m.lineStrings.allSatisfy { $0.coordinates.isEmpty }
        case .multiPolygon(let m): m.polygons.allSatisfy(\.isEmpty)
        case .collection(let gs): gs.allSatisfy(\.isEmpty)
        }
    }

    /// True for polygons and multi-polygons (and collections made only of them).
    public var isPolygonal: Bool {
        switch self {
        case .polygon, .multiPolygon: true
        case .collection(let gs): !gs.isEmpty && gs.allSatisfy(\.isPolygonal)
        default: false
        }
    }

    /// Every vertex, in order, rings and parts concatenated.
    public var coordinates: [Coordinate] {
        var out: [Coordinate] = []
        forEachCoordinate { out.append($0) }
        return out
    }

    /// Calls `body` for every vertex, without building an array.
    public func forEachCoordinate(_ body: (Coordinate) -> Void) {
        switch self {
        case .point(let p): body(p.coordinate)
        case .lineString(let l): l.coordinates.forEach(body)
        case .polygon(let p): p.exterior.forEach(body); p.holes.forEach { $0.forEach(body) }
        case .multiPoint(let m): m.points.forEach { body($0.coordinate) }
        case .multiLineString(let m): m.lineStrings.forEach { $0.coordinates.forEach(body) }
        case .multiPolygon(let m):
            for p in m.polygons { p.exterior.forEach(body); p.holes.forEach { $0.forEach(body) } }
        case .collection(let gs): gs.forEach { $0.forEachCoordinate(body) }
        }
    }

    /// The polygons of a polygonal geometry (members of collections included);
    /// empty for points and lines.
    public var polygons: [Polygon] {
        switch self {
        case .polygon(let p): p.isEmpty ? [] : [p]
        case .multiPolygon(let m): m.polygons.filter { !$0.isEmpty }
        case .collection(let gs): gs.flatMap(\.polygons)
        default: []
        }
    }

    /// The same geometry with every coordinate passed through `transform`.
    public func mapCoordinates(_ transform: (Coordinate) throws -> Coordinate) rethrows -> Geometry {
        func ring(_ r: [Coordinate]) throws -> [Coordinate] { try r.map(transform) }
        func poly(_ p: Polygon) throws -> Polygon {
            Polygon(exterior: try ring(p.exterior), holes: try p.holes.map(ring))
        }
        switch self {
        case .point(let p): return .point(Point(try transform(p.coordinate)))
        case .lineString(let l): return .lineString(LineString(try ring(l.coordinates)))
        case .polygon(let p): return .polygon(try poly(p))
        case .multiPoint(let m): return .multiPoint(MultiPoint(try m.points.map { Point(try transform($0.coordinate)) }))
        case .multiLineString(let m):
            return .multiLineString(MultiLineString(try m.lineStrings.map { LineString(try ring($0.coordinates)) }))
        case .multiPolygon(let m): return .multiPolygon(MultiPolygon(try m.polygons.map(poly)))
        case .collection(let gs): return .collection(try gs.map { try $0.mapCoordinates(transform) })
        }
    }
}
