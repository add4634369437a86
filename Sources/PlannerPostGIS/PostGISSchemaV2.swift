/// Version 2 of the PostGIS store: the ledger's change feed, so a server keeping answers
/// between writes sees the writes of other processes and instances on the same database,
/// and the service users' roles checked as the GeoPackage store checks them.
///
/// - `ledger_clock`: one row, `tick`, the ledger's high-water mark.
/// - `ledger_changes`: `(tick, parcel_id)`, the parcels each ledger write touched.
///
/// Both are written by a statement trigger on `clearance_events` (any program's insert, in
/// its own transaction): it takes the clock row's lock (`UPDATE … RETURNING`), so writers
/// get ticks in commit order; a reader that sees tick N sees every write up to N, and a
/// write committed later has a larger tick (``PostGISStore/ledgerChanges(since:)``). The
/// lock is held from the entry's insert to the commit only; a writer takes the parcel's
/// row lock before it, always in that order, so the two never deadlock. The trigger's
/// function keeps the store's schema as its search path, so an insert by any client (QGIS,
/// psql with another search path) ticks this store's clock.
enum PostGISSchemaV2 {
    static let migration = PostGISMigration(version: 2, name: "ledger change feed, service roles", statements: [
        """
        CREATE TABLE ledger_clock (
          one boolean PRIMARY KEY DEFAULT true CHECK (one),
          tick bigint NOT NULL)
        """,
        "INSERT INTO ledger_clock (tick) VALUES (0)",
        """
        CREATE TABLE ledger_changes (
          tick bigint NOT NULL,
          parcel_id text NOT NULL,
          PRIMARY KEY (tick, parcel_id))
        """,
        """
        CREATE FUNCTION parkplan_ledger_tick() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
        DECLARE t bigint;
        BEGIN
          UPDATE ledger_clock SET tick = tick + 1 RETURNING tick INTO t;
          INSERT INTO ledger_changes (tick, parcel_id) SELECT DISTINCT t, parcel_id FROM added;
          RETURN NULL;
        END $$
        """,
        """
        CREATE TRIGGER clearance_events_tick AFTER INSERT ON clearance_events
          REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION parkplan_ledger_tick()
        """,
        "ALTER TABLE service_users ADD CONSTRAINT service_users_role CHECK (role IN ('viewer', 'board', 'admin'))",
    ])
}
