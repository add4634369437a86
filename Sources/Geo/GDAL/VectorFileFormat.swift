/// A vector format ParkPlanner writes through GDAL, for the people who take data on in
/// their own tools (QGIS, ArcGIS, MicroStation/AutoCAD, Google Earth).
public enum VectorFileFormat: String, Sendable, CaseIterable {
    /// OGC GeoPackage (one file, any CRS, every field type).
    case gpkg
    /// ESRI Shapefile: field names at most 10 characters (GDAL shortens longer ones and
    /// ``VectorFileWriter/renamedFields`` says how), text in UTF-8 with a `.cpg`, CRS in a `.prj`.
    case shp
    /// KML 2.2: WGS 84 lon/lat only (the caller gives EPSG:4326 geometry); fields as ExtendedData.
    case kml
    /// AutoCAD DXF: geometry only (DXF keeps a fixed set of entity fields, so the
    /// attributes are not written).
    case dxf
    /// FlatGeobuf: one file with a spatial index, any CRS.
    case fgb

    /// GDAL's driver short name.
    public var driverName: String {
        switch self {
        case .gpkg: "GPKG"
        case .shp: "ESRI Shapefile"
        case .kml: "KML"
        case .dxf: "DXF"
        case .fgb: "FlatGeobuf"
        }
    }

    /// The usual file extension (no dot).
    public var fileExtension: String { rawValue }

    /// Whether the format keeps attribute fields (DXF does not).
    public var keepsFields: Bool { self != .dxf }

    /// Whether the format holds only WGS 84 lon/lat (KML).
    public var isWGS84Only: Bool { self == .kml }

    /// Whether a layer declares its geometry type (GeoPackage, Shapefile, FlatGeobuf); KML
    /// and DXF keep each feature's own.
    public var declaresGeometryType: Bool { self == .gpkg || self == .shp || self == .fgb }
}
