/// The `geometry_type_name` of a feature table's geometry column
/// (GeoPackage 1.4, Annex G: the core 2-D types).
public enum GeometryTypeName: String, Sendable, CaseIterable, Codable {
    /// Any geometry type.
    case geometry = "GEOMETRY"
    /// Points.
    case point = "POINT"
    /// Line strings.
    case lineString = "LINESTRING"
    /// Polygons.
    case polygon = "POLYGON"
    /// Multi-points.
    case multiPoint = "MULTIPOINT"
    /// Multi-line strings.
    case multiLineString = "MULTILINESTRING"
    /// Multi-polygons.
    case multiPolygon = "MULTIPOLYGON"
    /// Geometry collections.
    case geometryCollection = "GEOMETRYCOLLECTION"
}
