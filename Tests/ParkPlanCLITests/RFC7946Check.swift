import Foundation

/// Checks a GeoJSON text against RFC 7946: a FeatureCollection (or features), no `crs`,
/// a `bbox` that is the envelope of the coordinates, lon/lat ranges, exterior rings
/// counter-clockwise and holes clockwise, at most `precision` decimals.
enum RFC7946Check {
    static func problems(_ text: String, precision: Int = 7) -> [String] {
        guard let root = (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any] else {
            return ["not a JSON object"]
        }
        var problems: [String] = []
        if root["type"] as? String != "FeatureCollection" { problems.append("type is not FeatureCollection") }
        if root["crs"] != nil { problems.append("has a crs member") }
        let features = root["features"] as? [[String: Any]] ?? []
        var env: (Double, Double, Double, Double)?
        func visit(_ c: [Double]) {
            guard c.count >= 2 else { problems.append("short position"); return }
            if !(-180...180).contains(c[0]) || !(-90...90).contains(c[1]) { problems.append("position out of range \(c)") }
            if let e = env { env = (min(e.0, c[0]), min(e.1, c[1]), max(e.2, c[0]), max(e.3, c[1])) } else { env = (c[0], c[1], c[0], c[1]) }
        }
        func signedArea(_ ring: [[Double]]) -> Double {
            var s = 0.0
            for i in 0..<(ring.count - 1) { s += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1] }
            return s / 2
        }
        func polygon(_ rings: [[[Double]]]) {
            for (i, ring) in rings.enumerated() {
                ring.forEach(visit)
                guard ring.count >= 4, ring.first == ring.last else { problems.append("ring not closed or too short"); continue }
                let ccw = signedArea(ring) > 0
                if i == 0 && !ccw { problems.append("exterior ring is clockwise") }
                if i > 0 && ccw { problems.append("hole is counter-clockwise") }
            }
        }
        func geometry(_ g: [String: Any]) {
            let coords = g["coordinates"]
            switch g["type"] as? String {
            case "Point": visit(coords as? [Double] ?? [])
            case "LineString", "MultiPoint": (coords as? [[Double]] ?? []).forEach(visit)
            case "MultiLineString": (coords as? [[[Double]]] ?? []).forEach { $0.forEach(visit) }
            case "Polygon": polygon(coords as? [[[Double]]] ?? [])
            case "MultiPolygon": (coords as? [[[[Double]]]] ?? []).forEach(polygon)
            case "GeometryCollection": (g["geometries"] as? [[String: Any]] ?? []).forEach(geometry)
            default: problems.append("unknown geometry type \(g["type"] ?? "nil")")
            }
        }
        for f in features {
            if f["type"] as? String != "Feature" { problems.append("member is not a Feature") }
            if f["properties"] == nil { problems.append("feature without properties") }
            if let g = f["geometry"] as? [String: Any] { geometry(g) }
        }
        if let e = env {
            guard let bbox = root["bbox"] as? [Double], bbox.count == 4 else { return problems + ["no bbox"] }
            if abs(bbox[0] - e.0) > 1e-9 || abs(bbox[1] - e.1) > 1e-9 || abs(bbox[2] - e.2) > 1e-9 || abs(bbox[3] - e.3) > 1e-9 {
                problems.append("bbox \(bbox) is not the coordinates' envelope \(e)")
            }
        }
        // Decimals in the text: no number with more than `precision` fraction digits.
        let pattern = try! NSRegularExpression(pattern: "[\\[,]-?\\d+\\.(\\d{\(precision + 1),})")
        if pattern.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil {
            problems.append("a coordinate has more than \(precision) decimals")
        }
        return problems
    }
}
