import Planner

/// Where each layer lies in the GeoPackage.
extension PlanningLayer {
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
}
