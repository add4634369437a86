/// A coordinate reference system, named the way PROJ accepts it ("EPSG:9210").
///
/// ParkPlanner's working CRS is ``haiPhongTM3`` (metres); exports use ``wgs84``.
/// Callers always pass and receive coordinates in x = longitude/easting,
/// y = latitude/northing order, whatever axis order the EPSG definition declares.
public struct CRS: Hashable, Sendable, CustomStringConvertible {
    /// The definition PROJ is given: "EPSG:nnnn", or a PROJ/WKT string.
    public let definition: String

    /// Creates a CRS from a PROJ-readable definition ("EPSG:9210", "+proj=…", WKT).
    public init(_ definition: String) { self.definition = definition }

    /// WGS 84 geographic (EPSG:4326), degrees; the CRS of GeoJSON (RFC 7946).
    public static let wgs84 = CRS("EPSG:4326")
    /// VN-2000 geographic (EPSG:4756), degrees.
    public static let vn2000 = CRS("EPSG:4756")
    /// VN-2000 / UTM zone 48N (EPSG:3405), metres.
    public static let vn2000UTM48N = CRS("EPSG:3405")
    /// VN-2000 / TM-3 105-45 (EPSG:9210), metres: Hai Phong's cadastral CRS
    /// (Transverse Mercator, central meridian 105°45′, k = 0.9999, false easting
    /// 500 000 m), reached from WGS 84 through the EPSG:6960 seven-parameter shift.
    public static let haiPhongTM3 = CRS("EPSG:9210")

    /// The EPSG code when the definition is "EPSG:n".
    public var epsgCode: Int? {
        let upper = definition.uppercased()
        guard upper.hasPrefix("EPSG:") else { return nil }
        return Int(upper.dropFirst(5))
    }

    /// The definition, e.g. "EPSG:9210".
    public var description: String { definition }
}
