import Geo

/// SVG path data (`d`) for geometries placed by a ``MapFrame``: one subpath per ring
/// (holes are cut by `fill-rule="evenodd"`), one per line, vertices that round to the
/// same tenth of a pixel written once. A hole less than half a pixel across both ways is
/// not cut (it cannot be seen), so a legal parcel with 10 000 pin-holes costs one ring at
/// the city's scale instead of 10 000.
enum SVGPath {
    /// Path data for the polygons and lines of `geometry`; points are left out.
    static func data(_ geometry: Geometry, in frame: MapFrame) -> String {
        var out = ""
        for polygon in geometry.polygons {
            append(polygon.exterior, closed: true, frame, &out)
            for hole in polygon.holes where isVisible(hole, frame) { append(hole, closed: true, frame, &out) }
        }
        for line in lines(geometry) { append(line, closed: false, frame, &out) }
        return out
    }

    /// The points of `geometry`.
    static func points(_ geometry: Geometry) -> [Coordinate] {
        switch geometry {
        case .point(let p): [p.coordinate]
        case .multiPoint(let m): m.points.map(\.coordinate)
        case .collection(let gs): gs.flatMap(points)
        default: []
        }
    }

    /// The lines of `geometry`.
    static func lines(_ geometry: Geometry) -> [[Coordinate]] {
        switch geometry {
        case .lineString(let l): [l.coordinates]
        case .multiLineString(let m): m.lineStrings.map(\.coordinates)
        case .collection(let gs): gs.flatMap(lines)
        default: []
        }
    }

    /// Half a pixel: what is smaller both ways is not drawn.
    static let invisiblePixels = 0.5

    /// True when the ring spans at least ``invisiblePixels`` one way or the other on the map.
    static func isVisible(_ ring: [Coordinate], _ frame: MapFrame) -> Bool {
        guard let first = ring.first else { return false }
        let p0 = frame.point(first)
        var (minX, maxX, minY, maxY) = (p0.x, p0.x, p0.y, p0.y)
        for c in ring.dropFirst() {
            let p = frame.point(c)
            minX = min(minX, p.x); maxX = max(maxX, p.x); minY = min(minY, p.y); maxY = max(maxY, p.y)
            if maxX - minX >= invisiblePixels || maxY - minY >= invisiblePixels { return true }
        }
        return false
    }

    private static func append(_ ring: [Coordinate], closed: Bool, _ frame: MapFrame, _ out: inout String) {
        var last = ""
        var count = 0
        // A closed ring's last vertex repeats the first: "Z" draws that edge.
        let vertices = closed && ring.count > 1 && ring.first == ring.last ? ring.dropLast() : ring[...]
        for c in vertices {
            let p = frame.point(c)
            let text = NumberText.svg(p.x) + " " + NumberText.svg(p.y)
            if text == last { continue }
            out += (count == 0 ? "M" : "L") + text
            last = text
            count += 1
        }
        if closed && count > 0 { out += "Z" }
    }
}
