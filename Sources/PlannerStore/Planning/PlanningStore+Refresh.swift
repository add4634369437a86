import Geo
import GRDB
import Planner

/// Bringing derived data up to date after another program (QGIS, ogr2ogr, sqlite3) added
/// or moved parcels: the store's triggers list them in `parcel_refresh`; their unit shares,
/// area and overlap pairs are recomputed here, before any answer is given.
extension PlanningStore {
    /// Recomputes the unit shares (every stored level), `area_m2` and overlap pairs of the parcels listed
    /// in `parcel_refresh`, and empties it, in one transaction; returns how many. Reads
    /// only when the list is empty (the usual case).
    /// - Throws: ``StoreError`` for an unreadable geometry; ``GeoError`` when GEOS fails.
    @discardableResult
    func refreshMovedParcels() throws -> Int {
        let pending = try geoPackage.read { try Int.fetchOne($0.db, sql: "SELECT count(*) FROM parcel_refresh") ?? 0 }
        guard pending > 0 else { return 0 }
        return try geoPackage.write { tx in
            let db = tx.db
            let ids = try String.fetchAll(db, sql: "SELECT parcel_id FROM parcel_refresh ORDER BY parcel_id")
            let units = try StoreError.converting(path: tx.path, table: AdminUnitRecord.databaseTableName) {
                try AdminUnitRecord.fetchAll(db).map { try $0.unit() }
            }
            var owners: [(id: String, geometry: Geometry)] = []
            for id in ids {
                guard let geom = try GeoPackageGeometry.fetchOne(db, ParcelRecord.select(Column(ParcelRecord.CodingKeys.geom))
                    .filter(ParcelRecord.Columns.parcelId == id)) else { continue }
                owners.append((id, StoredGeometry.simplified(try geom.geometry())))
            }
            let shares = try UnitShareCalculator.shares(of: owners.map(\.geometry), in: units)
            typealias Share = UnitShareRecord<ParcelShares>
            try StoreError.converting(path: tx.path, table: Share.databaseTableName) {
                _ = try Share.filter(ids.contains(Share.Columns.ownerId)).deleteAll(db)
                for owner in owners {
                    try db.execute(sql: "UPDATE parcels SET area_m2 = ? WHERE parcel_id = ?", arguments: [owner.geometry.area, owner.id])
                }
                try db.execute(sql: "DELETE FROM parcel_refresh")
            }
            try Self.refreshOverlapPairs(tx, touching: Set(ids))
            try tx.insert(zip(owners, shares).lazy.flatMap { owner, s in s.lazy.map { Share($0, ownerId: owner.id) } })
            return owners.count
        }
    }
}
