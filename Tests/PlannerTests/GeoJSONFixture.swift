import Foundation

/// Builds small GeoJSON FeatureCollections for import tests.
enum GeoJSONFixture {
    /// A feature from a properties JSON object text and a geometry JSON text.
    static func feature(_ properties: String, _ geometry: String) -> String {
        #"{"type":"Feature","properties":\#(properties),"geometry":\#(geometry)}"#
    }

    /// A FeatureCollection, optionally with a 2008-style `crs` member.
    static func collection(_ features: [String], crs: String? = nil) -> Data {
        let crsMember = crs.map { #""crs":{"type":"name","properties":{"name":"\#($0)"}},"# } ?? ""
        return Data(#"{"type":"FeatureCollection",\#(crsMember)"features":[\#(features.joined(separator: ","))]}"#.utf8)
    }

    /// A closed lon/lat square of `size` degrees at (lon, lat).
    static func square(_ lon: Double, _ lat: Double, _ size: Double = 0.001) -> String {
        let r = [[lon, lat], [lon + size, lat], [lon + size, lat + size], [lon, lat + size], [lon, lat]]
        return polygon(r)
    }

    /// A polygon geometry from one ring of positions.
    static func polygon(_ ring: [[Double]]) -> String {
        #"{"type":"Polygon","coordinates":[[\#(ring.map { "[\($0[0]),\($0[1])]" }.joined(separator: ","))]]}"#
    }

    /// Parcel properties with every required field, overridable.
    static func parcel(_ id: String, _ extra: String = "") -> String {
        #"{"id":"\#(id)","land_use":"LUC","clearance":"inventoried","clearance_date":"2024-03-01"\#(extra.isEmpty ? "" : "," + extra)}"#
    }
}
