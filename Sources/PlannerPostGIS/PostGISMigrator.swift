import PostgresNIO

/// Brings a PostGIS store's schema to the newest version this release knows, like the
/// GeoPackage store's migrator: versions recorded in `parkplan_migrations`, each pending
/// migration applied in its own transaction under an advisory lock (two processes migrating
/// at once apply each step once), and a store written by a newer release refused.
enum PostGISMigrator {
    /// Every migration this release ships, oldest first. Append only.
    static let shipped: [PostGISMigration] = [PostGISSchemaV1.migration, PostGISSchemaV2.migration, PostGISSchemaV3.migration]

    /// The schema version this release writes.
    static var newest: Int { shipped.last!.version }

    /// The store's schema version, `0` when it has no `parkplan_migrations` table.
    static func version(_ db: PostGISSession) throws -> Int {
        guard try db.rows("SELECT to_regclass('parkplan_migrations') IS NOT NULL", as: Bool.self).first == true else { return 0 }
        return try db.rows("SELECT coalesce(max(version), 0)::bigint FROM parkplan_migrations", as: Int.self).first ?? 0
    }

    /// Refuses a store written by a newer release (its schema would be misread).
    static func checkNotNewer(_ version: Int, _ location: PostGISLocation) throws {
        guard version <= newest else {
            throw PostGISError("\(location) has schema version \(version), newer than this release's \(newest): use a newer parkplan")
        }
    }

    /// Creates `location.schema` and the migrations table if missing, then applies every
    /// pending migration, each in its own transaction.
    static func migrate(_ connection: PostGISConnection) throws {
        let schema = connection.location.schema
        try connection.session("creating schema \(schema)") { db in
            try db.execute("CREATE SCHEMA IF NOT EXISTS \"\(schema)\"")
            try db.execute("""
                CREATE TABLE IF NOT EXISTS parkplan_migrations (
                  version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())
                """)
            try checkNotNewer(try version(db), connection.location)
        }
        for migration in shipped {
            try connection.transaction("applying migration \(migration.version) (\(migration.name))") { db in
                try db.execute("SELECT pg_advisory_xact_lock(hashtext('parkplan_migrations'))")
                var binds = PostgresBindings()
                binds.append(migration.version)
                guard try db.rows("SELECT count(*) FROM parkplan_migrations WHERE version = $1", binds, as: Int.self).first == 0 else {
                    return
                }
                for statement in migration.statements { try db.execute(statement) }
                binds.append(migration.name)
                try db.execute("INSERT INTO parkplan_migrations (version, name) VALUES ($1, $2)", binds)
            }
        }
    }
}
