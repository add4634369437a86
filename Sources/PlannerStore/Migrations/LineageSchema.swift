import GRDB

/// The schema of migration "v4": resurvey lineage (``StoreMigrations/shipped``).
/// Shipped once released: never change it; a later schema is a later migration.
///
/// - `parcel_lineage`: one row per (child, parent) of a resurvey that split or merged
///   parcels (``ParcelLineage``): the day of the resurvey (`resurveyed_on`, the day the
///   parents were retired and the child entered the record) and the moment it was recorded
///   (`recorded_at`, UTC `YYYY-MM-DDTHH:MM:SS.SSSZ`). Registered in `gpkg_contents` as an
///   attributes table so QGIS and GDAL list it. Append-only, like the ledger: triggers
///   refuse any UPDATE or DELETE, from any program.
enum LineageSchema {
    static let version = 4

    static func install(_ tx: GeoPackageTransaction) throws {
        try tx.db.execute(sql: """
            CREATE TABLE "parcel_lineage" (
              "fid" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
              "child_id" TEXT NOT NULL,
              "parent_id" TEXT NOT NULL,
              "resurveyed_on" DATE NOT NULL,
              "recorded_at" DATETIME NOT NULL,
              CONSTRAINT "not_own_parent" CHECK (child_id <> parent_id)
            );
            CREATE UNIQUE INDEX parcel_lineage_link ON parcel_lineage(child_id, parent_id);
            CREATE INDEX parcel_lineage_parent ON parcel_lineage(parent_id);
            INSERT INTO gpkg_contents (table_name, data_type, identifier, description, last_change)
              VALUES ('parcel_lineage', 'attributes', 'parcel_lineage',
                      'Resurvey lineage: the parcels each new parcel came from, append-only',
                      strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
            CREATE TRIGGER parcel_lineage_no_update BEFORE UPDATE ON parcel_lineage
              BEGIN SELECT RAISE(ABORT, 'parcel_lineage is append-only: a resurvey''s lineage is never changed'); END;
            CREATE TRIGGER parcel_lineage_no_delete BEFORE DELETE ON parcel_lineage
              BEGIN SELECT RAISE(ABORT, 'parcel_lineage is append-only: a resurvey''s lineage is never deleted'); END;
            UPDATE planner_info SET value = '\(version)' WHERE key = 'schema_version';
            """)
    }
}
