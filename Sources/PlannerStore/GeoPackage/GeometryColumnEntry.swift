/// A row of `gpkg_geometry_columns`: which column of a feature table holds geometries,
/// of what type and in which SRS (GeoPackage 1.4, §2.1.5).
struct GeometryColumnEntry: Hashable, Sendable, Codable {
    var tableName: String
    var columnName: String
    var geometryTypeName: String
    var srsID: Int32
    /// 0 prohibited, 1 mandatory, 2 optional.
    var z: Int
    /// 0 prohibited, 1 mandatory, 2 optional.
    var m: Int

    enum CodingKeys: String, CodingKey {
        case tableName = "table_name", columnName = "column_name"
        case geometryTypeName = "geometry_type_name", srsID = "srs_id", z, m
    }
}
