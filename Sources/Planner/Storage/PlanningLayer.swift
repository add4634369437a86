/// The layers of a planning store, as the planner names them (each a table of a store).
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

    /// The layer's name, as the CLI spells it.
    public var description: String { rawValue }
}
