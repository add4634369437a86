import GRDB

/// The application tables of a planning store, on top of the GeoPackage core tables.
/// Geometry lives in EPSG:9210; history, links and tasks are attribute tables in the same
/// file, so one `.gpkg` carries everything and QGIS opens every layer.
///
/// Version 1. A shipped version never changes: later versions add steps.
enum PlanningSchema {
    static let version = 1
    static let workingSRS: Int32 = 9210

    static let attributesColumn = Column("attributes", .text)

    static let parks: [Column] = [
        Column("park_id", .text, notNull: true), Column("name", .text, notNull: true), Column("name_key", .text),
        Column("kind", .text, notNull: true), Column("approved_area_ha", .real), Column("mapped_area_ha", .real),
        Column("alternate_names", .text), attributesColumn,
    ]
    static let parcels: [Column] = [
        Column("parcel_id", .text, notNull: true), Column("park_id", .text), Column("land_use", .text, notNull: true),
        Column("households", .integer), Column("compensation_planned_vnd", .real), Column("compensation_paid_vnd", .real),
        Column("planned_handover", .date), Column("clearance", .text, notNull: true), Column("clearance_date", .date),
        Column("area_m2", .real), attributesColumn,
    ]
    static let units: [Column] = [
        Column("unit_id", .text, notNull: true), Column("level", .text, notNull: true),
        Column("name", .text, notNull: true), Column("name_key", .text), attributesColumn,
    ]
    static let zones: [Column] = [
        Column("zone_id", .text, notNull: true), Column("land_use", .text, notNull: true), Column("name", .text), attributesColumn,
    ]
    static let works: [Column] = [
        Column("work_id", .text, notNull: true), Column("utility", .text, notNull: true), Column("status", .text, notNull: true),
        Column("operational_from", .date), Column("service_radius_m", .real), Column("park_id", .text),
        Column("task_number", .text), Column("name", .text), attributesColumn,
    ]
    static let clearanceEvents: [Column] = [
        Column("parcel_id", .text, notNull: true), Column("seq", .integer, notNull: true),
        Column("status", .text, notNull: true), Column("event_date", .date, notNull: true),
        Column("recorded_by", .text), Column("note", .text), Column("recorded_at", .dateTime),
    ]
    static let unitShares: [Column] = [
        Column("owner_id", .text, notNull: true), Column("unit_level", .text, notNull: true),
        Column("unit_id", .text, notNull: true), Column("unit_name", .text),
        Column("area_m2", .real), Column("share", .real),
    ]
    static let tasks: [Column] = [
        Column("reference", .text, notNull: true), Column("part", .text), Column("number", .text, notNull: true),
        Column("group_title", .text), Column("content", .text, notNull: true), Column("lead_agency", .text),
        Column("partner_agencies", .text), Column("period", .text), Column("period_from", .integer),
        Column("period_to", .integer), Column("funding", .text), Column("section", .text, notNull: true),
        Column("source", .text),
    ]
    static let taskParks: [Column] = [Column("reference", .text, notNull: true), Column("park_id", .text, notNull: true)]
    static let info: [Column] = [Column("key", .text, notNull: true), Column("value", .text)]

    /// Creates every table, its uniqueness rules and the store's info rows.
    static func install(_ tx: GeoPackageTransaction) throws {
        try tx.addSpatialReference(.vn2000TM3)
        func features(_ layer: PlanningLayer, _ type: GeometryTypeName, _ columns: [Column], _ description: String) throws {
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
        try tx.insert(features: [
            NewFeature(geometry: nil, attributes: ["key": "schema_version", "value": .text(String(version))]),
            NewFeature(geometry: nil, attributes: ["key": "working_crs", "value": "EPSG:9210"]),
        ], into: "planner_info")
    }
}
