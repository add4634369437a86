/// Version 1 of the PostGIS store: the planning layers, unit shares, the append-only
/// clearance ledger and parcel lineage, the service's users and audit log.
///
/// Geometry columns are typed (`geometry(MultiPolygon, 9210)`, works `geometry(Geometry, 9210)`,
/// EPSG:9210 VN-2000 / TM-3 105-45, metres), so PostGIS registers them in `geometry_columns`
/// by their typmod and QGIS lists each table as a layer with its `fid` primary key. Every
/// geometry column has a GiST index. Attributes are `json` (kept byte for byte, as imported).
/// The ledger, lineage and audit tables refuse UPDATE, DELETE and TRUNCATE by trigger.
enum PostGISSchemaV1 {
    static let migration = PostGISMigration(version: 1, name: "planning layers, ledger, lineage, service", statements: [
        """
        CREATE FUNCTION parkplan_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          RAISE EXCEPTION '% is append-only: % refused (record a correction instead)', TG_TABLE_NAME, TG_OP
            USING ERRCODE = 'restrict_violation';
        END $$
        """,
        """
        CREATE TABLE parks (
          fid bigserial PRIMARY KEY,
          park_id text NOT NULL UNIQUE,
          name text NOT NULL,
          name_key text,
          kind text NOT NULL,
          approved_area_ha double precision,
          mapped_area_ha double precision,
          alternate_names json,
          attributes json,
          geom geometry(MultiPolygon, 9210))
        """,
        """
        CREATE TABLE admin_units (
          fid bigserial PRIMARY KEY,
          unit_id text NOT NULL,
          level text NOT NULL,
          name text NOT NULL,
          name_key text,
          attributes json,
          geom geometry(MultiPolygon, 9210))
        """,
        "CREATE INDEX admin_units_level_id ON admin_units (level, unit_id)",
        """
        CREATE TABLE land_use_zones (
          fid bigserial PRIMARY KEY,
          zone_id text NOT NULL,
          land_use text NOT NULL,
          name text,
          attributes json,
          geom geometry(MultiPolygon, 9210))
        """,
        """
        CREATE TABLE infrastructure (
          fid bigserial PRIMARY KEY,
          work_id text NOT NULL,
          utility text NOT NULL,
          status text NOT NULL,
          operational_from date,
          service_radius_m double precision,
          park_id text,
          task_number text,
          name text,
          attributes json,
          geom geometry(Geometry, 9210))
        """,
        """
        CREATE TABLE plan_tasks (
          fid bigserial PRIMARY KEY,
          reference text NOT NULL,
          part text,
          number text NOT NULL,
          group_title text,
          content text NOT NULL,
          lead_agency text,
          partner_agencies text,
          period text,
          period_from integer,
          period_to integer,
          funding text,
          section text NOT NULL,
          source text)
        """,
        """
        CREATE TABLE task_parks (
          fid bigserial PRIMARY KEY,
          reference text NOT NULL,
          park_id text NOT NULL)
        """,
        """
        CREATE TABLE parcels (
          fid bigserial PRIMARY KEY,
          parcel_id text NOT NULL UNIQUE,
          park_id text,
          land_use text NOT NULL,
          households integer,
          compensation_planned_vnd double precision,
          compensation_paid_vnd double precision,
          planned_handover date,
          area_m2 double precision,
          attributes json,
          retired_on date,
          geom geometry(MultiPolygon, 9210))
        """,
        "CREATE INDEX parcels_park ON parcels (park_id)",
        """
        CREATE TABLE park_units (
          fid bigserial PRIMARY KEY,
          owner_id text NOT NULL REFERENCES parks (park_id),
          unit_level text NOT NULL,
          unit_id text NOT NULL,
          unit_name text,
          area_m2 double precision,
          share double precision)
        """,
        """
        CREATE TABLE parcel_units (
          fid bigserial PRIMARY KEY,
          owner_id text NOT NULL REFERENCES parcels (parcel_id),
          unit_level text NOT NULL,
          unit_id text NOT NULL,
          unit_name text,
          area_m2 double precision,
          share double precision)
        """,
        "CREATE INDEX parcel_units_owner ON parcel_units (owner_id)",
        "CREATE INDEX parcel_units_level ON parcel_units (unit_level, owner_id)",
        """
        CREATE TABLE clearance_events (
          fid bigserial PRIMARY KEY,
          parcel_id text NOT NULL REFERENCES parcels (parcel_id),
          seq integer NOT NULL CHECK (seq > 0),
          status text,
          event_date date,
          recorded_by text,
          note text,
          recorded_at timestamptz,
          voids integer,
          reason text,
          UNIQUE (parcel_id, seq),
          CHECK ((status IS NULL) = (event_date IS NULL)),
          CHECK ((voids IS NULL) <> (status IS NULL)),
          CHECK (voids IS NULL OR voids < seq))
        """,
        "CREATE UNIQUE INDEX clearance_events_voids ON clearance_events (parcel_id, voids) WHERE voids IS NOT NULL",
        """
        CREATE TABLE parcel_lineage (
          fid bigserial PRIMARY KEY,
          child_id text NOT NULL,
          parent_id text NOT NULL,
          resurveyed_on date NOT NULL,
          recorded_at timestamptz,
          UNIQUE (child_id, parent_id))
        """,
        "CREATE INDEX parcel_lineage_parent ON parcel_lineage (parent_id)",
        """
        CREATE TABLE service_users (
          fid bigserial PRIMARY KEY,
          name text NOT NULL UNIQUE,
          role text NOT NULL,
          token_sha256 text NOT NULL UNIQUE,
          created_at timestamptz NOT NULL,
          revoked_at timestamptz)
        """,
        """
        CREATE TABLE service_user_units (
          fid bigserial PRIMARY KEY,
          user_name text NOT NULL REFERENCES service_users (name),
          unit_level text NOT NULL,
          unit_id text NOT NULL,
          UNIQUE (user_name, unit_level, unit_id))
        """,
        """
        CREATE TABLE audit_log (
          fid bigserial PRIMARY KEY,
          user_name text NOT NULL,
          at timestamptz NOT NULL,
          request_id text,
          remote_address text,
          action text NOT NULL,
          parcel_id text NOT NULL,
          entry_seq integer NOT NULL,
          before_version integer NOT NULL,
          before_status text NOT NULL,
          before_since date,
          after_version integer NOT NULL,
          after_status text NOT NULL,
          after_since date)
        """,
        "CREATE INDEX audit_log_parcel ON audit_log (parcel_id, entry_seq)",
    ] + ["parks", "admin_units", "land_use_zones", "infrastructure", "parcels"].map {
        "CREATE INDEX \($0)_geom ON \($0) USING gist (geom)"
    } + ["clearance_events", "parcel_lineage", "audit_log"].flatMap { table in [
        "CREATE TRIGGER \(table)_append_only BEFORE UPDATE OR DELETE ON \(table) FOR EACH ROW EXECUTE FUNCTION parkplan_append_only()",
        "CREATE TRIGGER \(table)_no_truncate BEFORE TRUNCATE ON \(table) FOR EACH STATEMENT EXECUTE FUNCTION parkplan_append_only()",
    ] })
}
