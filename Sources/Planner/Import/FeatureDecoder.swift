import Geo

/// Turns one parsed GeoJSON Feature into a ``SourceFeature``: its properties as given,
/// its `id` member and its geometry (or why the geometry is unreadable). No checks on
/// the values themselves (see ``FeatureChecks``).
enum FeatureDecoder {
    /// Parses the bytes of one feature.
    static func feature(index: Int, _ bytes: UnsafeBufferPointer<UInt8>, fileOffset: Int) throws(JSONSyntaxError) -> SourceFeature {
        feature(index: index, try JSONParser.parse(bytes, fileOffset: fileOffset))
    }

    /// Reads a parsed feature; anything but a Feature object is marked ``SourceFeature/notAFeature``.
    static func feature(index: Int, _ value: JSONValue) -> SourceFeature {
        guard case .object(let object) = value else {
            return SourceFeature(index: index, properties: [:], notAFeature: "not a GeoJSON Feature object")
        }
        var properties: [String: AttributeValue] = [:]
        if case .object(let p)? = object["properties"] { properties = AttributeValue.attributes(p) }
        guard object["type"] == .string("Feature") else {
            let type = object["type"].map { "unknown type \($0.jsonText.prefix(40))" } ?? "no \"type\""
            return SourceFeature(index: index, properties: properties, notAFeature: "not a GeoJSON Feature: \(type) (expected \"Feature\")")
        }
        let memberId = object["id"].map(AttributeValue.init)?.identifierText
        var geometry: Result<Geometry, GeoError>?
        if let g = object["geometry"], g != .null {
            geometry = Result { () throws(GeoError) -> Geometry in try GeoJSONGeometry.geometry(from: g) }
        }
        return SourceFeature(index: index, properties: properties, memberId: memberId, geometry: geometry)
    }
}
