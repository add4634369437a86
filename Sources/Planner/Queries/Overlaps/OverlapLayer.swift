import Geo

/// A named layer of polygonal features (EPSG:9210) that overlaps are looked for in:
/// parks, parcels, land-use zones or administrative units.
public struct OverlapLayer: Sendable, Hashable {
    /// One feature: its id and its polygonal geometry.
    public struct Feature: Sendable, Hashable {
        /// The feature's id in its layer.
        public var id: String
        /// The feature, polygonal, EPSG:9210 (metres).
        public var geometry: Geometry

        /// Creates a feature.
        public init(id: String, geometry: Geometry) {
            self.id = id
            self.geometry = geometry
        }
    }

    /// The layer's name in findings ("parks", "parcels", "zones", "units:district").
    public var name: String
    /// The features, in layer order (the order that "a before b" refers to).
    public var features: [Feature]

    /// Creates a layer.
    public init(name: String, features: [Feature]) {
        self.name = name
        self.features = features
    }

    /// The park boundaries, named "parks".
    public static func parks(_ parks: [IndustrialPark]) -> OverlapLayer {
        OverlapLayer(name: "parks", features: parks.map { Feature(id: $0.id, geometry: $0.boundary) })
    }

    /// The parcel boundaries, named "parcels".
    public static func parcels(_ parcels: [Parcel]) -> OverlapLayer {
        OverlapLayer(name: "parcels", features: parcels.map { Feature(id: $0.id, geometry: $0.boundary) })
    }

    /// The land-use zones, named "zones"; with `landUses`, only zones of those codes
    /// (e.g. LUC rice land, RPH protective and RDD special-use forest).
    public static func zones(_ zones: [LandUseZone], landUses: Set<LandUseCode>? = nil) -> OverlapLayer {
        let kept = zones.filter { landUses?.contains($0.landUse) ?? true }
        return OverlapLayer(name: "zones", features: kept.map { Feature(id: $0.id, geometry: $0.area) })
    }

    /// The administrative units of one level, named "units:<level>".
    public static func units(_ units: [AdministrativeUnit], level: UnitLevel) -> OverlapLayer {
        let kept = units.filter { $0.level == level }
        return OverlapLayer(name: "units:\(level)", features: kept.map { Feature(id: $0.id, geometry: $0.boundary) })
    }
}
