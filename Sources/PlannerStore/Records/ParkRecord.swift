import GRDB
import Planner

/// A row of `parks` (MultiPolygon, EPSG:9210): one industrial park or economic zone.
struct ParkRecord: Codable, FetchableRecord, PersistableRecord, GeoPackageRecord {
    static let databaseTableName = "parks"
    var fid: Int64?
    var geom: GeoPackageGeometry?
    var parkId: String
    var name: String
    var nameKey: String?
    var kind: String
    /// Hectares, as approved.
    var approvedAreaHa: Double?
    /// Hectares, planar area of the boundary in EPSG:9210.
    var mappedAreaHa: Double?
    /// A JSON array of names.
    var alternateNames: String?
    var attributes: String?

    enum CodingKeys: String, CodingKey {
        case fid, geom, parkId = "park_id", name, nameKey = "name_key", kind, approvedAreaHa = "approved_area_ha"
        case mappedAreaHa = "mapped_area_ha", alternateNames = "alternate_names", attributes
    }

    enum Columns {
        static let parkId = Column(CodingKeys.parkId)
    }

    var geometryValue: GeoPackageGeometry? { geom }

    /// The row of `park`.
    init(_ park: IndustrialPark) {
        geom = GeoPackageGeometry(StoredGeometry.multiPolygon(park.boundary), srsID: PlanningSchema.workingSRS)
        parkId = park.id
        name = park.name
        nameKey = VietnameseName.key(park.name)
        kind = park.kind.rawValue
        approvedAreaHa = park.approvedAreaHa
        mappedAreaHa = park.boundaryAreaHa
        alternateNames = AttributesJSON.encode(park.alternateNames)
        attributes = AttributesJSON.encode(park.attributes)
    }

    /// The park, with its rows of `park_units`.
    /// - Throws: ``StoreError`` naming the row for an unknown kind, a bad blob or bad JSON.
    func park(units: [UnitShare]) throws -> IndustrialPark {
        try StoreError.inRow(Self.databaseTableName, fid) {
            guard let kind = ParkKind(rawValue: kind) else {
                throw StoreError(.schema, message: "lacks park_id, name or a known kind")
            }
            return IndustrialPark(id: parkId, name: name, alternateNames: try AttributesJSON.decodeStrings(alternateNames),
                                  kind: kind, approvedAreaHa: approvedAreaHa,
                                  boundary: StoredGeometry.simplified(try geom?.geometry()), units: units,
                                  attributes: try AttributesJSON.decode(attributes))
        }
    }
}
