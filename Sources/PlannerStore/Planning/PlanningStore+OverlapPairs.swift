import Geo
import GRDB
import Planner

/// Keeping `parcel_overlaps` (schema v5) equal to the pairs ``ParcelOverlapPair``'s rule
/// finds among the stored parcels, however they were written, and reading it back.
extension PlanningStore {
    /// Parcels per strip when the pairs are found (``ParcelOverlapStrips``): bounds the
    /// boundaries held at once (about 30 MB) whatever the layer's size.
    static let overlapStripSize = 32_768

    /// Rewrites the pairs of the parcels in `touching` (all pairs when `nil`) from the
    /// stored geometries, inside `tx`: their old pairs are deleted, then each strip of the
    /// layer that holds one of them is read (envelopes from the R-tree `rtree_parcels_geom`,
    /// boundaries by fid) and its pairs with one of them written. Retired parcels keep
    /// their pairs (a query as of an earlier day still counts them); readers keep only the
    /// pairs of the parcels they read.
    /// - Throws: ``StoreError`` for an unreadable geometry; ``GeoError`` when GEOS fails.
    static func refreshOverlapPairs(_ tx: GeoPackageTransaction, touching: Set<String>?, stripSize: Int = overlapStripSize) throws {
        let db = tx.db
        try StoreError.converting(path: tx.path, table: ParcelOverlapRecord.databaseTableName) {
            if let touching {
                typealias C = ParcelOverlapRecord.Columns
                for batch in Self.batches(Array(touching)) {
                    _ = try ParcelOverlapRecord.filter(batch.contains(C.parcelA) || batch.contains(C.parcelB)).deleteAll(db)
                }
            } else {
                _ = try ParcelOverlapRecord.deleteAll(db)
            }
        }
        if touching?.isEmpty == true { return }
        var fids: [Int64] = []
        var extents: [ParcelOverlapStrips.Extent] = []
        let rows = try Row.fetchCursor(db, sql: """
            SELECT p.fid, p.parcel_id, r.minx, r.maxx, r.miny, r.maxy FROM rtree_parcels_geom r JOIN parcels p ON p.fid = r.id
            """)
        while let row = try rows.next() {
            fids.append(row[0])
            extents.append(ParcelOverlapStrips.Extent(id: row[1], minX: row[2], maxX: row[3], minY: row[4], maxY: row[5]))
        }
        let strips = ParcelOverlapStrips(extents, targetCount: stripSize)
        for k in 0..<strips.count {
            let members = strips.members(ofStrip: k, touching: touching)
            guard !members.isEmpty else { continue }
            let boundaries = try Self.boundaries(fids: members.map { fids[$0] }, tx)
            let pairs = try strips.pairs(inStrip: k, members: members, boundaries: members.map { boundaries[fids[$0]] }, touching: touching)
            try tx.insert(pairs.lazy.map(ParcelOverlapRecord.init))
        }
    }

    /// The stored pairs (``refreshOverlapPairs(_:touching:stripSize:)``).
    static func overlapPairs(_ db: Database) throws -> [ParcelOverlapPair] {
        try ParcelOverlapRecord.fetchAll(db).map(\.pair)
    }

    /// The boundaries (EPSG:9210, as the clearance records decode them) of the parcels with these fids.
    private static func boundaries(fids: [Int64], _ tx: GeoPackageTransaction) throws -> [Int64: Geometry] {
        var out: [Int64: Geometry] = [:]
        out.reserveCapacity(fids.count)
        for batch in batches(fids) {
            let rows = try Row.fetchCursor(tx.db, ParcelRecord.select(Column(ParcelRecord.CodingKeys.fid), Column(ParcelRecord.CodingKeys.geom))
                .filter(keys: batch))
            while let row = try rows.next() {
                let fid: Int64 = row[0]
                guard let geom = row[1] as GeoPackageGeometry? else { continue }
                out[fid] = try StoreError.inRow(ParcelRecord.databaseTableName, fid) { StoredGeometry.simplified(try geom.geometry()) }
            }
        }
        return out
    }

    /// `values` in batches of ``boundaryBatch`` (bound values per statement, well below SQLite's limit).
    private static func batches<T>(_ values: [T]) -> [ArraySlice<T>] {
        stride(from: 0, to: values.count, by: boundaryBatch).map { values[$0..<min($0 + boundaryBatch, values.count)] }
    }
}
