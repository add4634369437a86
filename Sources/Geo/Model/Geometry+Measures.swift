extension Geometry {
    /// The bounding box, or `nil` for an empty geometry. Units of the geometry's CRS.
    public var envelope: Envelope? {
        var e: Envelope?
        forEachCoordinate { c in
            if e == nil { e = Envelope(minX: c.x, minY: c.y, maxX: c.x, maxY: c.y) } else { e!.expand(toInclude: c) }
        }
        return e
    }

    /// Planar area in square units of the CRS (m² in EPSG:9210): exterior minus holes,
    /// summed over polygons. Zero for points and lines. Same formula as `GEOSArea_r`;
    /// meaningless in degrees — project to a metric CRS first.
    public var area: Double {
        polygons.reduce(0) { sum, p in
            sum + abs(Ring.signedArea(p.exterior)) - p.holes.reduce(0) { $0 + abs(Ring.signedArea($1)) }
        }
    }

    /// Planar length in units of the CRS (metres in EPSG:9210): line length for lines,
    /// perimeter (all rings) for polygons, as `GEOSLength_r` gives.
    public var length: Double {
        func pathLength(_ cs: [Coordinate]) -> Double {
            guard cs.count > 1 else { return 0 }
            var sum = 0.0
            for i in 1..<cs.count {
                let dx = cs[i].x - cs[i - 1].x, dy = cs[i].y - cs[i - 1].y
                sum += (dx * dx + dy * dy).squareRoot()
            }
            return sum
        }
        switch self {
        case .point, .multiPoint: return 0
        case .lineString(let l): return pathLength(l.coordinates)
        case .multiLineString(let m): return m.lineStrings.reduce(0) { $0 + pathLength($1.coordinates) }
        case .polygon, .multiPolygon:
            return polygons.reduce(0) { sum, p in sum + p.rings.reduce(0) { $0 + pathLength($1) } }
        case .collection(let gs): return gs.reduce(0) { $0 + $1.length }
        }
    }
}
