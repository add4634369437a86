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
        var condition = ""
        var arguments: StatementArguments = []
        var name = layer.rawValue
        switch layer {
        case .parks, .parcels: break
        case .zones:
            if let landUses {
                condition = " WHERE land_use IN (\(Array(repeating: "?", count: landUses.count).joined(separator: ", ")))"
                arguments = StatementArguments(landUses.map(\.rawValue).sorted())
                if landUses.isEmpty { condition = " WHERE 0" }
            }
        case .units:
            guard let level else { throw StoreError(.schema, message: "units are read one level at a time") }
            condition = " WHERE level = ?"
            arguments = [level.rawValue]
            name = "units:\(level)"
        case .infrastructure, .tasks:
            throw StoreError(.schema, message: "\(layer) is not a polygon layer")
        }
        let table = layer.table
        let sql = "SELECT \(layer.idColumn), geom FROM \(table)\(condition) ORDER BY fid"
        var features = try StoreError.converting(path: reader.path, table: table) {
            let rows = try Row.fetchCursor(reader.db, sql: sql, arguments: arguments)
            var out: [OverlapLayer.Feature] = []
            while let row = try rows.next() {
                let id: String = row[0]
                let geometry = try row.withUnsafeData(atIndex: 1) { blob in
                    StoredGeometry.simplified(try blob.map { try GeoPackageBinary.decode($0).geometry })
                }
                out.append(OverlapLayer.Feature(id: id, geometry: geometry))
            }
            return out
        }
        // Stored in import order, which is usually id order already: sort only if not.
        if !zip(features, features.dropFirst()).allSatisfy({ $0.id <= $1.id }) {
            features.sort { $0.id < $1.id }
        }
        return OverlapLayer(name: name, features: features)
    }
}
