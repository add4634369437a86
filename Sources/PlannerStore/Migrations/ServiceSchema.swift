import GRDB

/// The schema of migration "v3": the served record's users and audit log
/// (``StoreMigrations/shipped``). Shipped: never change it; a later schema is a later migration.
///
/// - `service_users`: one row per user: unique `name`, `role` (viewer, board, admin), the
///   SHA-256 of its token (hex; the token itself is never stored), `created_at`,
///   `revoked_at` (NULL while active).
/// - `service_user_units`: a board's units, one row per (user, level, unit id).
/// - `audit_log`: every write through the server: user, time, request id, client
///   address, action, parcel, ledger entry, and the parcel's version/status/since before
///   and after. Append-only: triggers refuse UPDATE and DELETE, from any program.
///
/// All three are GeoPackage attribute tables (registered in `gpkg_contents`), so QGIS and
/// GDAL still see a valid GeoPackage.
enum ServiceSchema {
    static let version = 3

    static func install(_ tx: GeoPackageTransaction) throws {
        try tx.createAttributeTable(name: "service_users", columns: [
            UserColumn("name", .text, notNull: true), UserColumn("role", .text, notNull: true),
            UserColumn("token_sha256", .text, notNull: true), UserColumn("created_at", .datetime, notNull: true),
            UserColumn("revoked_at", .datetime),
        ], description: "Users of the served record (parkplan users): role and token hash")
        try tx.createAttributeTable(name: "service_user_units", columns: [
            UserColumn("user_name", .text, notNull: true), UserColumn("unit_level", .text, notNull: true),
            UserColumn("unit_id", .text, notNull: true),
        ], description: "The units a board user may record clearance for")
        try tx.createAttributeTable(name: "audit_log", columns: [
            UserColumn("user_name", .text, notNull: true), UserColumn("at", .datetime, notNull: true),
            UserColumn("request_id", .text), UserColumn("remote_address", .text),
            UserColumn("action", .text, notNull: true), UserColumn("parcel_id", .text, notNull: true),
            UserColumn("entry_seq", .integer, notNull: true),
            UserColumn("before_version", .integer, notNull: true), UserColumn("before_status", .text, notNull: true),
            UserColumn("before_since", .date),
            UserColumn("after_version", .integer, notNull: true), UserColumn("after_status", .text, notNull: true),
            UserColumn("after_since", .date),
        ], description: "Every write through parkplan serve: who, when, from where, before and after")
        try tx.db.execute(sql: """
            CREATE UNIQUE INDEX service_users_name ON service_users(name);
            CREATE UNIQUE INDEX service_users_token ON service_users(token_sha256);
            CREATE UNIQUE INDEX service_user_units_key ON service_user_units(user_name, unit_level, unit_id);
            CREATE INDEX audit_log_parcel ON audit_log(parcel_id, entry_seq);
            CREATE TRIGGER service_users_role BEFORE INSERT ON service_users
              WHEN NEW.role NOT IN ('viewer', 'board', 'admin')
            BEGIN SELECT RAISE(ABORT, 'service_users.role must be viewer, board or admin'); END;
            CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
            BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
            CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
            BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
            UPDATE planner_info SET value = '3' WHERE key = 'schema_version';
            """)
    }
}
