import Geo

/// The geometry types a layer accepts.
public enum LayerGeometry: Sendable {
    /// Polygon or MultiPolygon (parks, parcels, units, zones).
    case polygonal
    /// Polygon, line or point, single or multi (infrastructure footprints).
    case footprint

    /// True when `geometry`'s type is accepted.
    public func accepts(_ geometry: Geometry) -> Bool {
        switch (self, geometry) {
        case (.polygonal, .polygon), (.polygonal, .multiPolygon): true
        case (.footprint, .collection): false
        case (.footprint, _): true
        default: false
        }
    }

    /// The accepted types in words, for messages.
    public var expected: String {
        switch self {
        case .polygonal: "Polygon or MultiPolygon"
        case .footprint: "Polygon, LineString or Point (or their Multi- forms)"
        }
    }
}
