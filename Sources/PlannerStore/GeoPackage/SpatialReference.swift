/// A row of `gpkg_spatial_ref_sys`: one coordinate reference system a table may use.
/// Column names are the spec's (GeoPackage 1.4, §1.1.2).
public struct SpatialReference: Hashable, Sendable, Codable {
    /// Human-readable name, e.g. "VN-2000 / TM-3 105-45".
    public var srsName: String
    /// The id tables refer to (`srs_id`); ParkPlanner uses the EPSG code.
    public var srsID: Int32
    /// The defining organisation ("EPSG", or "NONE" for the undefined systems).
    public var organization: String
    /// The organisation's code for this system.
    public var organizationCoordsysID: Int32
    /// OGC WKT (1.0) definition, or "undefined".
    public var definition: String
    /// A free-text description.
    public var description: String?

    enum CodingKeys: String, CodingKey {
        case srsName = "srs_name"
        case srsID = "srs_id"
        case organization
        case organizationCoordsysID = "organization_coordsys_id"
        case definition
        case description
    }

    /// Creates a spatial reference row.
    public init(
        srsName: String, srsID: Int32, organization: String, organizationCoordsysID: Int32,
        definition: String, description: String? = nil
    ) {
        self.srsName = srsName
        self.srsID = srsID
        self.organization = organization
        self.organizationCoordsysID = organizationCoordsysID
        self.definition = definition
        self.description = description
    }
}

extension SpatialReference {
    /// WGS 84 geographic, EPSG:4326, degrees (mandatory row).
    public static let wgs84 = SpatialReference(
        srsName: "WGS 84 geodetic", srsID: 4326, organization: "EPSG", organizationCoordsysID: 4326,
        definition: #"GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AUTHORITY["EPSG","4326"]]"#,
        description: "longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid")

    /// Undefined Cartesian coordinates, srs_id -1 (mandatory row).
    public static let undefinedCartesian = SpatialReference(
        srsName: "Undefined cartesian SRS", srsID: -1, organization: "NONE", organizationCoordsysID: -1,
        definition: "undefined", description: "undefined cartesian coordinate reference system")

    /// Undefined geographic coordinates, srs_id 0 (mandatory row).
    public static let undefinedGeographic = SpatialReference(
        srsName: "Undefined geographic SRS", srsID: 0, organization: "NONE", organizationCoordsysID: 0,
        definition: "undefined", description: "undefined geographic coordinate reference system")

    /// VN-2000 / TM-3 105-45, EPSG:9210, metres: Hai Phong's cadastral CRS and
    /// ParkPlanner's working CRS. WKT from `projinfo EPSG:9210 -o WKT1_GDAL`.
    public static let vn2000TM3 = SpatialReference(
        srsName: "VN-2000 / TM-3 105-45", srsID: 9210, organization: "EPSG", organizationCoordsysID: 9210,
        definition: #"PROJCS["VN-2000 / TM-3 105-45",GEOGCS["VN-2000",DATUM["Vietnam_2000",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],AUTHORITY["EPSG","6756"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AUTHORITY["EPSG","4756"]],PROJECTION["Transverse_Mercator"],PARAMETER["latitude_of_origin",0],PARAMETER["central_meridian",105.75],PARAMETER["scale_factor",0.9999],PARAMETER["false_easting",500000],PARAMETER["false_northing",0],UNIT["metre",1,AUTHORITY["EPSG","9001"]],AXIS["Easting",EAST],AXIS["Northing",NORTH],AUTHORITY["EPSG","9210"]]"#,
        description: "VN-2000 Transverse Mercator 3-degree zone, central meridian 105°45'E, metres")

    /// The rows every new ParkPlanner GeoPackage starts with.
    public static let defaults: [SpatialReference] = [wgs84, undefinedCartesian, undefinedGeographic, vn2000TM3]
}
