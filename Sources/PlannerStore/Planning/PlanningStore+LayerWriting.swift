import Foundation
import Geo
import GRDB
import Planner

/// The GeoPackage store as the import use case writes to it: each layer in one
/// transaction (``save(parks:mode:)`` and its siblings, ``writeParcels(file:mode:retireOn:apportion:_:)``),
/// and units together with the shares they change.
extension PlanningStore: LayerWriting {
    /// Stores units and re-apportions the stored parks and parcels over the levels written,
    /// in one transaction.
    public func save(units: [AdministrativeUnit], mode: ImportMode, reapportion: @escaping UnitReapportioning) throws {
        try geoPackage.write { tx in
            try Self.save(units: units, mode: mode, tx)
            try Self.reapportion(levels: Set(units.map(\.level)), by: reapportion, tx)
        }
    }

    /// Recomputes the park and parcel shares of the given unit levels from the units now
    /// stored, inside the caller's transaction.
    static func reapportion(levels: Set<UnitLevel>, by reapportion: @escaping UnitReapportioning, _ tx: GeoPackageTransaction) throws {
        let units = try StoreError.converting(path: tx.path, table: AdminUnitRecord.databaseTableName) {
            try AdminUnitRecord.filter(levels.map(\.rawValue).contains(AdminUnitRecord.Columns.level)).fetchAll(tx.db).map { try $0.unit() }
        }
        try replaceShares(ParkShares.self, layer: .parks, levels: levels, units: units, by: reapportion, tx)
        try replaceShares(ParcelShares.self, layer: .parcels, levels: levels, units: units, by: reapportion, tx)
    }

    /// Replaces the shares of `levels` of every owner in `layer` with those over `units`.
    /// The owners are read ``shareBatchSize`` at a time; the shares of one batch are
    /// computed on another thread while the connection reads the next batch and writes the
    /// shares of the one before (``PipelinedBatches``), so memory stays bounded and the
    /// writer and GEOS run side by side. Rows are written in id order, as before.
    private static func replaceShares<Owner: UnitShareOwner>(_ owner: Owner.Type, layer: PlanningLayer, levels: Set<UnitLevel>,
                                                             units: [AdministrativeUnit], by reapportion: @escaping UnitReapportioning,
                                                             _ tx: GeoPackageTransaction) throws {
        typealias Share = UnitShareRecord<Owner>
        try StoreError.converting(path: tx.path, table: Share.databaseTableName) {
            _ = try Share.filter(levels.map(\.rawValue).contains(Share.Columns.unitLevel)).deleteAll(tx.db)
        }
        // Ids and geometries only: a million parcels' attributes are not needed here.
        var owners = try ShapeBatches(of: layer, size: shareBatchSize, tx.reader)
        try PipelinedBatches.run(next: { try owners.next() }, compute: { batch in
            (batch.map(\.id), try reapportion(batch.map(\.geometry), units))
        }, consume: { (ids: [String], shares: [[UnitShare]]) in
            try tx.insert(zip(ids, shares).lazy.flatMap { id, s in s.lazy.map { Share($0, ownerId: id) } })
        })
    }

    /// Owners per batch when shares are recomputed: about three batches of boundaries are
    /// in memory at once (one read, two computing), not the whole layer; 13 batches at
    /// 100 000 parcels, each with its own prepared units.
    static let shareBatchSize = 8192
}
