import GRDB

/// The schema of migration "v5": the pairs of parcels whose interiors overlap, kept beside
/// the parcels as their unit shares are (``StoreMigrations/shipped``). Shipped once
/// released: never change it; a later schema is a later migration.
///
/// - `parcel_overlaps`: one row per unordered pair (`parcel_a` the id that sorts first),
///   by ``Planner/ParcelOverlapPair``'s rule; derived data, rewritten by ParkPlanner for
///   the parcels each import, copy or refresh changes (another program's edits reach it
///   through `parcel_refresh`). Registered in `gpkg_contents` as an attributes table. The
///   clearance totals' double count reads it instead of overlaying every parcel.
/// - The pairs of the parcels already stored are found here, in the migration's transaction.
enum OverlapSchema {
    static let version = 5

    static func install(_ tx: GeoPackageTransaction) throws {
        try tx.createAttributeTable(name: ParcelOverlapRecord.databaseTableName, columns: [
            UserColumn(ParcelOverlapRecord.CodingKeys.parcelA.rawValue, .text, notNull: true),
            UserColumn(ParcelOverlapRecord.CodingKeys.parcelB.rawValue, .text, notNull: true),
        ], description: "Pairs of parcels whose interiors overlap (derived from their geometry by parkplan)")
        try tx.db.execute(sql: """
            CREATE UNIQUE INDEX parcel_overlaps_pair ON parcel_overlaps(parcel_a, parcel_b);
            CREATE INDEX parcel_overlaps_b ON parcel_overlaps(parcel_b);
            """)
        try PlanningStore.refreshOverlapPairs(tx, touching: nil)
        try tx.db.execute(sql: "UPDATE planner_info SET value = '\(version)' WHERE key = 'schema_version'")
    }
}
