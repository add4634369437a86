import Geo

/// A layer of features whose columns are known only at run time (a query's answer), as
/// ``FeatureLayerFile`` writes it into a GeoPackage for QGIS. Geometry in EPSG:9210 (metres).
public struct FeatureLayer: Sendable {
    /// How a column is declared: REAL, BOOLEAN (0/1) or TEXT.
    public enum ColumnKind: Sendable, Equatable { case real, boolean, text }

    /// A value as the column stores it.
    public enum Value: Sendable, Equatable {
        case null
        case real(Double)
        case boolean(Bool)
        case text(String)
    }

    /// One feature: its geometry (EPSG:9210) and a value per column, in column order.
    public struct Feature: Sendable {
        public var geometry: Geometry
        public var values: [Value]
        public init(geometry: Geometry, values: [Value]) {
            self.geometry = geometry
            self.values = values
        }
    }

    /// The table's name (a numbered name is used when it is taken): letters, digits, `_`.
    public var name: String
    /// The `gpkg_contents` description.
    public var description: String
    /// The columns, in order: name and kind.
    public var columns: [(name: String, kind: ColumnKind)]
    /// The features.
    public var features: [Feature]

    /// Creates a layer.
    public init(name: String, description: String, columns: [(name: String, kind: ColumnKind)], features: [Feature]) {
        self.name = name
        self.description = description
        self.columns = columns
        self.features = features
    }
}
