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
    /// boundaries by id, ``boundaries(ids:_:)``) and its pairs with one of them written. Retired parcels keep
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
        var extents: [ParcelOverlapStrips.Extent] = []
        let rows = try Row.fetchCursor(db, sql: """
            SELECT p.parcel_id, r.minx, r.maxx, r.miny, r.maxy FROM rtree_parcels_geom r JOIN parcels p ON p.fid = r.id
            """)
        while let row = try rows.next() {
            extents.append(ParcelOverlapStrips.Extent(id: row[0], minX: row[1], maxX: row[2], minY: row[3], maxY: row[4]))
        }
        let strips = ParcelOverlapStrips(extents, targetCount: stripSize)
        for k in 0..<strips.count {
            let members = strips.members(ofStrip: k, touching: touching)
            guard !members.isEmpty else { continue }
            let boundaries = try Self.boundaries(ids: members.map { extents[$0].id }, db)
            let pairs = try strips.pairs(inStrip: k, members: members, boundaries: members.map { boundaries[extents[$0].id] },
                                         touching: touching)
            try tx.insert(pairs.lazy.map(ParcelOverlapRecord.init))
        }
    }

    /// The stored pairs (``refreshOverlapPairs(_:touching:stripSize:)``).
    static func overlapPairs(_ db: Database) throws -> [ParcelOverlapPair] {
        try ParcelOverlapRecord.fetchAll(db).map(\.pair)
    }

    /// `values` in batches of ``boundaryBatch`` (bound values per statement, well below SQLite's limit).
    static func batches<T>(_ values: [T]) -> [ArraySlice<T>] {
        stride(from: 0, to: values.count, by: boundaryBatch).map { values[$0..<min($0 + boundaryBatch, values.count)] }
    }
}
