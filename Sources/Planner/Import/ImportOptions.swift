import Geo

/// How to read a layer.
public struct ImportOptions: Sendable {
    /// The CRS of the coordinates; `nil` means the file's own `crs` member, else EPSG:4326
    /// (RFC 7946 lon/lat). Geometries are transformed to EPSG:9210 on import.
    public var sourceCRS: CRS?
    /// The property holding each feature's id ("id", or e.g. "gso_code").
    public var idField: String
    /// The level of an administrative layer (district, commune); `nil` reads a `level` property.
    public var level: UnitLevel?
    /// Fix invalid polygons with GEOS make-valid (reporting the area each repair changed)
    /// instead of refusing them.
    public var repair: Bool
    /// The layer to read from a multi-layer source read through GDAL (GeoPackage); `nil` takes the only one.
    public var layerName: String? = nil
    /// Property name → the file's field name, for files read through GDAL
    /// (`clearance_date` → `clearance_` in a Shapefile).
    public var fieldMap: [String: String] = [:]
    /// The text encoding of a file read through GDAL ("windows-1258", "tcvn3", "viscii");
    /// `nil` means the file's own (`.cpg`), else UTF-8.
    public var encoding: String? = nil
    /// Read even GeoJSON through GDAL instead of the streaming reader (for measuring the
    /// two paths against each other; the answers are the same).
    public var throughGDAL = false
    /// Where the store's data lies: the envelopes (EPSG:9210 metres) of its units and
    /// parks, set by the store before an import. Projected data that falls outside all of
    /// them while another common VN-2000 zone would put it inside is refused naming that
    /// zone (``VN2000Zones``); empty: no such check.
    public var knownPlaces: [Envelope] = []
    /// Set by the reader: ambiguous truncated fields to suggest in a refusal (property → field).
    var fieldHints: [String: String] = [:]

    /// Creates options; the defaults read RFC 7946 GeoJSON with `id` properties and refuse invalid input.
    public init(sourceCRS: CRS? = nil, idField: String = "id", level: UnitLevel? = nil, repair: Bool = false) {
        self.sourceCRS = sourceCRS
        self.idField = idField
        self.level = level
        self.repair = repair
    }
}
