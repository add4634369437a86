/// The migrations of a planning store, oldest first: the whole history of its schema.
///
/// **A migration never changes once it has shipped**: stores in the field were made by it,
/// and a new store must come out exactly as an old one migrated. A new schema is a new
/// migration appended here, which ends by writing its version into
/// `planner_info.schema_version` (the version users and other tools see, one per migration).
enum StoreMigrations {
    /// The migrations this release knows.
    static let shipped: [StoreMigration] = [
        // The schema of the first release (stores made before migrations were recorded
        // have exactly this schema and no `grdb_migrations`: they adopt "v1").
        StoreMigration(identifier: "v1", schemaVersion: 1, migrate: PlanningSchema.install),
        // The clearance ledger: append-only events and voids, triggers for other programs.
        StoreMigration(identifier: "v2", schemaVersion: 2, migrate: LedgerSchema.install),
        // The served record's users (role, units, token hash) and its append-only audit log.
        StoreMigration(identifier: "v3", schemaVersion: 3, migrate: ServiceSchema.install),
        // Resurvey lineage: the parents of parcels made by a split or merge.
        StoreMigration(identifier: "v4", schemaVersion: 4, migrate: LineageSchema.install),
        // The pairs of parcels that overlap, kept for the clearance totals' double count.
        StoreMigration(identifier: "v5", schemaVersion: 5, migrate: OverlapSchema.install),
    ]
}
