/// The layers of a planning store, each a table of the GeoPackage.
public enum PlanningLayer: String, Sendable, CaseIterable, CustomStringConvertible {
    /// Industrial parks and zones (`parks`, MultiPolygon, EPSG:9210).
    case parks
    /// Land parcels (`parcels`, MultiPolygon, EPSG:9210).
    case parcels
    /// Administrative units of any level (`admin_units`, MultiPolygon, EPSG:9210).
    case units
    /// Land-use zones (`land_use_zones`, MultiPolygon, EPSG:9210).
    case zones
    /// Power, water and telecom works (`infrastructure`, any geometry, EPSG:9210).
    case infrastructure
    /// Rows of city plans' task tables (`plan_tasks`, attributes only).
    case tasks

    /// The GeoPackage table holding the layer.
    public var table: String {
        switch self {
        case .parks: "parks"
        case .parcels: "parcels"
        case .units: "admin_units"
        case .zones: "land_use_zones"
        case .infrastructure: "infrastructure"
        case .tasks: "plan_tasks"
        }
    }

    /// The column holding the ids given on import.
    var idColumn: String {
        switch self {
        case .parks: "park_id"
        case .parcels: "parcel_id"
        case .units: "unit_id"
        case .zones: "zone_id"
        case .infrastructure: "work_id"
        case .tasks: "reference"
        }
    }

    /// The layer's name, as the CLI spells it.
    public var description: String { rawValue }
}
