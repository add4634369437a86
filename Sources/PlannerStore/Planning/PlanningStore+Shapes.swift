import Foundation
import Geo
import GRDB
import Planner

/// Reading one layer's ids and geometries only, for the questions that need nothing
/// else (overlaps, point look-ups): one SQL scan, no attribute decoding, no history.
/// At a million parcels this reads in seconds what ``PlanningStore/load()`` reads in
/// tens of seconds.
extension PlanningStore {
    /// The features of a polygonal layer as an ``OverlapLayer`` named as the queries name
    /// it ("parcels", "parks", "zones", "units:LEVEL"), in id order (the order
    /// ``parcels()`` and the other readers give).
    /// - Parameters:
    ///   - layer: parks, parcels, zones or units.
    ///   - level: for units, the level wanted (required).
    ///   - landUses: for zones, only these land-use codes; `nil` for all.
    /// - Throws: ``StoreError`` for a bad blob or a layer without polygons.
    public func shapes(of layer: PlanningLayer, level: UnitLevel? = nil, landUses: Set<LandUseCode>? = nil) throws -> OverlapLayer {
        try geoPackage.read { reader in try Self.shapes(of: layer, level: level, landUses: landUses, reader) }
    }

    /// ``shapes(of:level:landUses:)`` inside a read or a transaction already open.
    static func shapes(of layer: PlanningLayer, level: UnitLevel? = nil, landUses: Set<LandUseCode>? = nil,
                       _ reader: GeoPackageReader) throws -> OverlapLayer {
        var name = layer.rawValue
        let request: QueryInterfaceRequest<Row>
        let idColumn = Column(layer.idColumn), geom = Column("geom")
        switch layer {
        case .parks, .parcels:
            request = Table(layer.table).select(idColumn, geom)
        case .zones:
            let zones = Table(layer.table).select(idColumn, geom)
            request = landUses.map { codes in zones.filter(codes.map(\.rawValue).sorted().contains(Column("land_use"))) } ?? zones
        case .units:
            guard let level else { throw StoreError(.schema, message: "units are read one level at a time") }
            request = Table(layer.table).select(idColumn, geom).filter(AdminUnitRecord.Columns.level == level.rawValue)
            name = "units:\(level)"
        case .infrastructure, .tasks:
            throw StoreError(.schema, message: "\(layer) is not a polygon layer")
        }
        let table = layer.table
        var features = try StoreError.converting(path: reader.path, table: table) {
            let rows = try request.order(Column("fid")).fetchCursor(reader.db)
            var out: [OverlapLayer.Feature] = []
            while let row = try rows.next() { out.append(try shapeFeature(row)) }
            return out
        }
        // Stored in import order, which is usually id order already: sort only if not.
        if !zip(features, features.dropFirst()).allSatisfy({ $0.id <= $1.id }) {
            features.sort { $0.id < $1.id }
        }
        return OverlapLayer(name: name, features: features)
    }

    /// The feature of a row of (id, geom) as the shape readers select it.
    static func shapeFeature(_ row: Row) throws -> OverlapLayer.Feature {
        OverlapLayer.Feature(id: row[0], geometry: StoredGeometry.simplified(try (row[1] as GeoPackageGeometry?)?.geometry()))
    }
}
