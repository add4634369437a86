import Planner
import GRDB

/// The application tables of a planning store, on top of the GeoPackage core tables.
/// Geometry lives in EPSG:9210; history, links and tasks are attribute tables in the same
/// file, so one `.gpkg` carries everything and QGIS opens every layer.
///
/// The schema of migration "v1" (``StoreMigrations/shipped``). Shipped: never change it;
/// a later schema is a later migration.
enum PlanningSchema {
    static let version = 1
    static let workingSRS: Int32 = 9210

    static let attributesColumn = UserColumn("attributes", .text)

    static let parks: [UserColumn] = [
        UserColumn("park_id", .text, notNull: true), UserColumn("name", .text, notNull: true), UserColumn("name_key", .text),
        UserColumn("kind", .text, notNull: true), UserColumn("approved_area_ha", .real), UserColumn("mapped_area_ha", .real),
        UserColumn("alternate_names", .text), attributesColumn,
    ]
    static let parcels: [UserColumn] = [
        UserColumn("parcel_id", .text, notNull: true), UserColumn("park_id", .text), UserColumn("land_use", .text, notNull: true),
        UserColumn("households", .integer), UserColumn("compensation_planned_vnd", .real), UserColumn("compensation_paid_vnd", .real),
        UserColumn("planned_handover", .date), UserColumn("clearance", .text, notNull: true), UserColumn("clearance_date", .date),
        UserColumn("area_m2", .real), attributesColumn,
    ]
    static let units: [UserColumn] = [
        UserColumn("unit_id", .text, notNull: true), UserColumn("level", .text, notNull: true),
        UserColumn("name", .text, notNull: true), UserColumn("name_key", .text), attributesColumn,
    ]
    static let zones: [UserColumn] = [
        UserColumn("zone_id", .text, notNull: true), UserColumn("land_use", .text, notNull: true), UserColumn("name", .text), attributesColumn,
    ]
    static let works: [UserColumn] = [
        UserColumn("work_id", .text, notNull: true), UserColumn("utility", .text, notNull: true), UserColumn("status", .text, notNull: true),
        UserColumn("operational_from", .date), UserColumn("service_radius_m", .real), UserColumn("park_id", .text),
        UserColumn("task_number", .text), UserColumn("name", .text), attributesColumn,
    ]
    static let clearanceEvents: [UserColumn] = [
        UserColumn("parcel_id", .text, notNull: true), UserColumn("seq", .integer, notNull: true),
        UserColumn("status", .text, notNull: true), UserColumn("event_date", .date, notNull: true),
        UserColumn("recorded_by", .text), UserColumn("note", .text), UserColumn("recorded_at", .datetime),
    ]
    static let unitShares: [UserColumn] = [
        UserColumn("owner_id", .text, notNull: true), UserColumn("unit_level", .text, notNull: true),
        UserColumn("unit_id", .text, notNull: true), UserColumn("unit_name", .text),
        UserColumn("area_m2", .real), UserColumn("share", .real),
    ]
    static let tasks: [UserColumn] = [
        UserColumn("reference", .text, notNull: true), UserColumn("part", .text), UserColumn("number", .text, notNull: true),
        UserColumn("group_title", .text), UserColumn("content", .text, notNull: true), UserColumn("lead_agency", .text),
        UserColumn("partner_agencies", .text), UserColumn("period", .text), UserColumn("period_from", .integer),
        UserColumn("period_to", .integer), UserColumn("funding", .text), UserColumn("section", .text, notNull: true),
        UserColumn("source", .text),
    ]
    static let taskParks: [UserColumn] = [UserColumn("reference", .text, notNull: true), UserColumn("park_id", .text, notNull: true)]
    static let info: [UserColumn] = [UserColumn("key", .text, notNull: true), UserColumn("value", .text)]

    /// Creates every table, its uniqueness rules and the store's info rows.
    static func install(_ tx: GeoPackageTransaction) throws {
        try tx.addSpatialReference(.vn2000TM3)
        func features(_ layer: PlanningLayer, _ type: GeometryTypeName, _ columns: [UserColumn], _ description: String) throws {
            try tx.createFeatureTable(name: layer.table, geometryType: type, srsID: workingSRS, columns: columns,
                                      description: description)
        }
        try features(.parks, .multiPolygon, parks, "Industrial parks and economic zones")
        try features(.parcels, .multiPolygon, parcels, "Land parcels with their current clearance status")
        try features(.units, .multiPolygon, units, "Administrative units (districts, communes/wards)")
        try features(.zones, .multiPolygon, zones, "Land-use zones")
        try features(.infrastructure, .geometry, works, "Power, water and telecom works")
        try tx.createAttributeTable(name: "clearance_events", columns: clearanceEvents,
                                    description: "Every clearance status change of every parcel")
        try tx.createAttributeTable(name: "parcel_units", columns: unitShares, description: "Parcel area share per administrative unit")
        try tx.createAttributeTable(name: "park_units", columns: unitShares, description: "Park area share per administrative unit")
        try tx.createAttributeTable(name: PlanningLayer.tasks.table, columns: tasks, description: "City plan task table rows")
        try tx.createAttributeTable(name: "task_parks", columns: taskParks, description: "Parks each plan task names")
        try tx.createAttributeTable(name: "planner_info", columns: info, description: "ParkPlanner store information")
        let db = tx.db
        try db.execute(sql: """
            CREATE UNIQUE INDEX parks_id ON parks(park_id);
            CREATE UNIQUE INDEX parcels_id ON parcels(parcel_id);
            CREATE INDEX parcels_park ON parcels(park_id);
            CREATE UNIQUE INDEX admin_units_id ON admin_units(level, unit_id);
            CREATE UNIQUE INDEX land_use_zones_id ON land_use_zones(zone_id);
            CREATE UNIQUE INDEX infrastructure_id ON infrastructure(work_id);
            CREATE UNIQUE INDEX clearance_events_seq ON clearance_events(parcel_id, seq);
            CREATE INDEX parcel_units_owner ON parcel_units(owner_id);
            CREATE INDEX park_units_owner ON park_units(owner_id);
            CREATE UNIQUE INDEX plan_tasks_id ON plan_tasks(reference);
            CREATE INDEX task_parks_reference ON task_parks(reference);
            CREATE UNIQUE INDEX planner_info_key ON planner_info(key);
            """)
        try tx.insert([
            PlannerInfoRecord(key: "schema_version", value: String(version)),
            PlannerInfoRecord(key: "working_crs", value: "EPSG:9210"),
        ])
    }
}
