import GRDB
import Planner

/// A row of `admin_units` (MultiPolygon, EPSG:9210): one district, commune or ward.
struct AdminUnitRecord: Codable, FetchableRecord, PersistableRecord, GeoPackageRecord {
    static let databaseTableName = "admin_units"
    var fid: Int64?
    var geom: GeoPackageGeometry?
    var unitId: String
    var level: String
    var name: String
    var nameKey: String?
    var attributes: String?

    enum CodingKeys: String, CodingKey {
        case fid, geom, unitId = "unit_id", level, name, nameKey = "name_key", attributes
    }

    enum Columns {
        static let unitId = Column(CodingKeys.unitId)
        static let level = Column(CodingKeys.level)
    }

    var geometryValue: GeoPackageGeometry? { geom }

    /// The row of `unit`.
    init(_ unit: AdministrativeUnit) {
        geom = GeoPackageGeometry(StoredGeometry.multiPolygon(unit.boundary), srsID: PlanningSchema.workingSRS)
        unitId = unit.id
        level = unit.level.rawValue
        name = unit.name
        nameKey = VietnameseName.key(unit.name)
        attributes = AttributesJSON.encode(unit.attributes)
    }

    /// The unit.
    /// - Throws: ``StoreError`` naming the row for a bad blob or bad JSON.
    func unit() throws -> AdministrativeUnit {
        try StoreError.inRow(Self.databaseTableName, fid) {
            AdministrativeUnit(id: unitId, name: name, level: UnitLevel(rawValue: level),
                               boundary: StoredGeometry.simplified(try geom?.geometry()),
                               attributes: try AttributesJSON.decode(attributes))
        }
    }
}
