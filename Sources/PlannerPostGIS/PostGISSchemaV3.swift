/// Version 3 of the PostGIS store: the pairs of parcels whose interiors overlap, kept
/// beside the parcels as the GeoPackage store keeps them (its schema v5), so the clearance
/// totals' double count reads a few thousand pairs instead of decoding and overlaying every
/// boundary. Shipped once released: never change it; a later schema is a later migration.
///
/// - `parcel_overlaps`: one row per unordered pair (`parcel_a` the id that sorts first), by
///   ``Planner/ParcelOverlapPair``'s rule, which is Swift code: the pairs are found in Swift
///   and written by ParkPlanner (``PostGISStore/copy(from:)``), never by SQL.
/// - `parcel_overlaps_state`: one row, two counters. A statement trigger on `parcels` adds
///   one to `geometry_version` whenever any program (ParkPlanner, QGIS, psql) inserts,
///   deletes or truncates parcels or changes a parcel's id, geometry or `area_m2`;
///   ParkPlanner sets `pairs_version` to it when it has written the pairs of those
///   geometries. The pairs and the stored `area_m2` are read only while the two are equal
///   (``PostGISStore/storedOverlapsAreCurrent(_:)``); otherwise a reader finds the pairs
///   from every boundary, as before, and measures each area itself: slower, never wrong.
/// - A store migrated from version 2 starts with the counters unequal (its pairs were never
///   written) until its record is copied in again.
enum PostGISSchemaV3 {
    static let migration = PostGISMigration(version: 3, name: "stored overlap pairs", statements: [
        """
        CREATE TABLE parcel_overlaps (
          parcel_a text NOT NULL,
          parcel_b text NOT NULL,
          PRIMARY KEY (parcel_a, parcel_b),
          CHECK (parcel_a <> parcel_b))
        """,
        "COMMENT ON TABLE parcel_overlaps IS 'Pairs of parcels whose interiors overlap (derived from their geometry by parkplan)'",
        """
        CREATE TABLE parcel_overlaps_state (
          one boolean PRIMARY KEY DEFAULT true CHECK (one),
          geometry_version bigint NOT NULL,
          pairs_version bigint NOT NULL)
        """,
        "INSERT INTO parcel_overlaps_state (geometry_version, pairs_version) VALUES (1, 0)",
        """
        CREATE FUNCTION parkplan_parcel_geometry_changed() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
        BEGIN
          UPDATE parcel_overlaps_state SET geometry_version = geometry_version + 1;
          RETURN NULL;
        END $$
        """,
        """
        CREATE TRIGGER parcels_geometry_changed AFTER INSERT OR DELETE OR UPDATE OF parcel_id, geom, area_m2 ON parcels
          FOR EACH STATEMENT EXECUTE FUNCTION parkplan_parcel_geometry_changed()
        """,
        """
        CREATE TRIGGER parcels_truncated AFTER TRUNCATE ON parcels
          FOR EACH STATEMENT EXECUTE FUNCTION parkplan_parcel_geometry_changed()
        """,
    ])
}
