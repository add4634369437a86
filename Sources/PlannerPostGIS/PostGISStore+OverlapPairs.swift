import Geo
import Planner

/// Keeping `parcel_overlaps` (schema v3, ``PostGISSchemaV3``) equal to the pairs
/// ``ParcelOverlapPair``'s rule finds among the stored parcels, and reading it back only
/// while it is.
extension PostGISStore {
    /// Writes the pairs among `parcels` (every parcel of the record, retired ones too: a
    /// question about an earlier day still counts them; readers keep the pairs of the parcels
    /// they read) and marks them current for the geometry written so far in this
    /// transaction. One pass of the rule over the boundaries (EPSG:9210) in id order.
    /// - Throws: ``GeoError`` when GEOS fails on a geometry; ``PostGISError`` when a write fails.
    static func writeOverlapPairs(of parcels: [Parcel], _ db: PostGISSession) throws {
        let sorted = parcels.sorted { $0.id < $1.id }
        try writeOverlapPairs(ids: sorted.map(\.id), boundaries: sorted.map(\.boundary), db)
    }

    /// Writes the pairs among the parcels `ids` (sorted) with their `boundaries` (EPSG:9210)
    /// and marks them current, as ``writeOverlapPairs(of:_:)`` does.
    static func writeOverlapPairs(ids: [String], boundaries: [Geometry], _ db: PostGISSession) throws {
        let pairs = try ParcelOverlapPair.find(boundaries: boundaries.map { Optional($0) }, ids: ids)
        try db.execute("DELETE FROM parcel_overlaps")
        try db.insert("parcel_overlaps", [StoredColumn("parcel_a"), StoredColumn("parcel_b")], pairs.map { [.text($0.a), .text($0.b)] })
        try db.execute("UPDATE parcel_overlaps_state SET pairs_version = geometry_version")
    }

    /// True when the stored pairs and `parcels.area_m2` belong to the stored geometry: no
    /// program has written a parcel's id, geometry or area since ParkPlanner wrote the pairs.
    static func storedOverlapsAreCurrent(_ db: PostGISSession) throws -> Bool {
        try db.rows("SELECT geometry_version = pairs_version FROM parcel_overlaps_state", as: Bool.self).first == true
    }

    /// The stored pairs, in the order of their key.
    static func storedOverlapPairs(_ db: PostGISSession) throws -> [ParcelOverlapPair] {
        try db.rows("SELECT parcel_a, parcel_b FROM parcel_overlaps ORDER BY parcel_a, parcel_b", as: (String, String).self)
            .map { ParcelOverlapPair($0.0, $0.1) }
    }
}
