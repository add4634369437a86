import Geo
import NIOCore
import Planner
import PostgresNIO

extension PostGISStore: OutlineReading, LayerInventory {
    /// The ids and outlines of one polygon layer (EPSG:9210), sorted by id, for overlaps
    /// and gaps; zones filtered by land use, units read one level at a time.
    public func outlines(of layer: OutlineLayer) throws -> OverlapLayer {
        var binds = PostgresBindings()
        let name: String, sql: String
        switch layer {
        case .parks:
            (name, sql) = ("parks", "SELECT park_id, ST_AsBinary(geom) FROM parks ORDER BY fid")
        case .parcels:
            (name, sql) = ("parcels", "SELECT parcel_id, ST_AsBinary(geom) FROM parcels ORDER BY fid")
        case .zones(let landUses):
            if let landUses { binds.append(landUses.map(\.rawValue).sorted()) }
            (name, sql) = ("zones", "SELECT zone_id, ST_AsBinary(geom) FROM land_use_zones "
                           + (landUses == nil ? "" : "WHERE land_use = ANY($1) ") + "ORDER BY fid")
        case .units(let level):
            binds.append(level.rawValue)
            (name, sql) = ("units:\(level)", "SELECT unit_id, ST_AsBinary(geom) FROM admin_units WHERE level = $1 ORDER BY fid")
        }
        var features = try connection.session("reading \(name) outlines") { db in
            try db.rows(sql, binds, as: (String, ByteBuffer?).self).map { id, geom in
                OverlapLayer.Feature(id: id, geometry: try StoredValues.polygonal(geom))
            }
        }
        if !zip(features, features.dropFirst()).allSatisfy({ $0.id <= $1.id }) { features.sort { $0.id < $1.id } }
        return OverlapLayer(name: name, features: features)
    }

    /// The feature count of each layer and the table holding it (the GeoPackage store's names).
    public func layerCounts() throws -> [StoredLayerCount] {
        let layers = [("parks", "parks"), ("parcels", "parcels"), ("units", "admin_units"), ("zones", "land_use_zones"),
                      ("infrastructure", "infrastructure"), ("tasks", "plan_tasks")]
        return try connection.session("counting features") { db in
            try layers.map { layer, table in
                StoredLayerCount(layer: layer, table: table,
                                 features: try db.rows("SELECT count(*) FROM \(table)", as: Int.self).first ?? 0)
            }
        }
    }
}
