import Geo

/// A format `export` (and a query's vector output) writes: RFC 7946 GeoJSON or
/// GeoJSONSeq (WGS 84 lon/lat, streamed), or a file GDAL writes (``VectorFileFormat``:
/// GeoPackage, Shapefile, KML, DXF, FlatGeobuf).
///
/// What each loses against GeoJSON (the README's table): Shapefile: field names of more
/// than 10 characters shortened (the mapping written beside it, `NAME.fieldmap`), text
/// over 254 bytes (a `clearance_history` longer than that is left out, so the ledger of
/// those parcels does not round-trip: use gpkg or fgb), no null numbers but 0/null as the
/// reader decides, one geometry family per file; KML: WGS 84 only, `name` becomes the
/// placemark name; DXF: geometry only (no fields, no CRS: EPSG:9210 metres);
/// GeoPackage and FlatGeobuf: nothing. simplestyle properties are written to GeoJSON only.
public enum ExportFormat: String, Sendable, CaseIterable {
    case geojson, geojsonseq, gpkg, shp, kml, dxf, fgb

    /// The GDAL format, for the formats GDAL writes; `nil` for GeoJSON and GeoJSONSeq.
    public var vectorFormat: VectorFileFormat? { VectorFileFormat(rawValue: rawValue) }

    /// The file extension (no dot).
    public var fileExtension: String {
        switch self {
        case .geojson: "geojson"
        case .geojsonseq: "geojsonl"
        default: rawValue
        }
    }

    /// Whether the format can go to standard output (the GeoJSON text formats).
    public var streamsToStandardOutput: Bool { vectorFormat == nil }
}
