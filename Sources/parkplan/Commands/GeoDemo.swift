import Foundation
import Geo

/// A demonstration of the geo layer on the shipped park outlines: reads the GeoJSON,
/// projects to EPSG:9210, measures areas, finds overlapping parks through the STRtree
/// and prepared geometries, and writes the overlaps as RFC 7946 GeoJSON.
struct GeoDemo {
    let geodataFolder: String
    let outputFolder: String

    struct Park {
        let id: String
        let name: String
        let approvedHa: Double?
        let boundary: Geometry // EPSG:9210
    }

    func loadParks() throws -> [Park] {
        let path = geodataFolder + "/parks.geojson"
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        guard let root = try JSONSerialization.jsonObject(with: data) as? [String: Any],
              let features = root["features"] as? [[String: Any]] else {
            throw ValidationFailure("\(path): not a GeoJSON FeatureCollection")
        }
        return try features.enumerated().map { i, f in
            let props = f["properties"] as? [String: Any] ?? [:]
            let id = props["id"] as? String ?? "feature-\(i)"
            let g = try GeoJSONGeometry.geometry(from: f["geometry"]).transformed(from: .wgs84, to: .haiPhongTM3)
            return Park(id: id, name: props["name"] as? String ?? id,
                        approvedHa: (props["approved_area_ha"] as? NSNumber)?.doubleValue, boundary: g)
        }
    }

    func run() throws -> String {
        let parks = try loadParks()
        var lines = ["GEOS \(GeometryEngine.geosVersion); areas in EPSG:9210 (VN-2000 / TM-3 105-45)", ""]
        lines.append(pad("park", 44) + pad("mapped ha", 12, right: true) + pad("approved ha", 13, right: true))
        for p in parks {
            lines.append(pad(p.name, 44) + pad(String(format: "%.1f", p.boundary.area / 10_000), 12, right: true)
                         + pad(p.approvedHa.map { String(format: "%.1f", $0) } ?? "-", 13, right: true))
        }
        let index = try SpatialIndex(geometries: parks.map(\.boundary))
        let engine = GeometryEngine.current
        let natives = try parks.map { try engine.native($0.boundary) }
        var features: [String] = []
        lines.append("")
        lines.append("overlapping parks (interiors meet, edge contact excluded):")
        let writer = GeoJSONWriter()
        for (i, a) in natives.enumerated() {
            let prepared = try PreparedGeometry(a)
            var candidates: [Int] = []
            index.query(a) { if $0 > i { candidates.append($0) } }
            for j in candidates.sorted() where try prepared.intersects(natives[j]) {
                let overlap = try a.intersection(natives[j])
                let area = try overlap.area()
                guard area > 0 else { continue }
                lines.append("  \(parks[i].name) × \(parks[j].name): \(String(format: "%.2f", area / 10_000)) ha")
                let lonLat = try overlap.geometry().transformed(from: .haiPhongTM3, to: .wgs84)
                features.append(#"{"type":"Feature","properties":{"a":"\#(parks[i].id)","b":"\#(parks[j].id)","area_m2":\#(writer.number(area))},"geometry":\#(writer.string(lonLat))}"#)
            }
        }
        try FileManager.default.createDirectory(atPath: outputFolder, withIntermediateDirectories: true)
        let out = outputFolder + "/park_overlaps.geojson"
        let text = #"{"type":"FeatureCollection","features":[\#(features.joined(separator: ","))]}"#
        try text.write(toFile: out, atomically: true, encoding: .utf8)
        lines.append("")
        lines.append("wrote \(out) (\(features.count) features)")
        return lines.joined(separator: "\n")
    }

    private func pad(_ s: String, _ width: Int, right: Bool = false) -> String {
        let n = s.count
        guard n < width else { return s + " " }
        let fill = String(repeating: " ", count: width - n)
        return right ? fill + s : s + fill
    }
}

/// A user-facing failure with a plain message.
struct ValidationFailure: Error, CustomStringConvertible {
    let description: String
    init(_ message: String) { description = message }
}
