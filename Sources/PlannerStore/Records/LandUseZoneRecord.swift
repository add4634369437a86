import GRDB
import Planner

/// A row of `land_use_zones` (MultiPolygon, EPSG:9210): one zone of the land-use plan.
struct LandUseZoneRecord: Codable, FetchableRecord, PersistableRecord, GeoPackageRecord {
    static let databaseTableName = "land_use_zones"
    var fid: Int64?
    var geom: GeoPackageGeometry?
    var zoneId: String
    var landUse: String
    var name: String?
    var attributes: String?

    enum CodingKeys: String, CodingKey {
        case fid, geom, zoneId = "zone_id", landUse = "land_use", name, attributes
    }

    enum Columns {
        static let zoneId = Column(CodingKeys.zoneId)
    }

    var geometryValue: GeoPackageGeometry? { geom }

    /// The row of `zone`.
    init(_ zone: LandUseZone) {
        geom = GeoPackageGeometry(StoredGeometry.multiPolygon(zone.area), srsID: PlanningSchema.workingSRS)
        zoneId = zone.id
        landUse = zone.landUse.rawValue
        name = zone.attributes["name"]?.stringValue
        attributes = AttributesJSON.encode(zone.attributes)
    }

    /// The zone.
    /// - Throws: ``StoreError`` naming the row for a bad blob or bad JSON.
    func zone() throws -> LandUseZone {
        try StoreError.inRow(Self.databaseTableName, fid) {
            LandUseZone(id: zoneId, landUse: LandUseCode(rawValue: landUse), area: StoredGeometry.simplified(try geom?.geometry()),
                        attributes: try AttributesJSON.decode(attributes))
        }
    }
}
