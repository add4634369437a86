import Geo

/// Reads the CRS names GeoJSON files carry in a `crs` member
/// ("urn:ogc:def:crs:EPSG::9210", "EPSG:9210", "urn:ogc:def:crs:OGC:1.3:CRS84").
public enum DeclaredCRS {
    /// The CRS a name means, or `nil` when it is not one of those forms.
    public static func parse(_ name: String) -> CRS? {
        let upper = name.uppercased()
        if upper.hasSuffix("CRS84") { return .wgs84 }
        let digits = upper.reversed().prefix { $0.isNumber }
        guard !digits.isEmpty, upper.contains("EPSG"), let code = Int(String(digits.reversed())) else { return nil }
        return CRS("EPSG:\(code)")
    }

    /// True for the geographic (degree) CRSs planners meet: WGS 84 and VN-2000 geographic.
    public static func isGeographic(_ crs: CRS) -> Bool {
        [4326, 4756, 4979].contains(crs.epsgCode ?? 0) || crs.definition.uppercased().hasSuffix("CRS84")
    }
}
