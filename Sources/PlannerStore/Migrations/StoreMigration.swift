/// One step of a planning store's schema: an identifier recorded in GRDB's
/// `grdb_migrations` table once applied, the `planner_info.schema_version` the store has
/// after it, and the change itself.
///
/// A migration never changes once it has shipped: stores in the field were made by it.
/// A new schema is a new migration appended to ``StoreMigrations/shipped``.
struct StoreMigration: Sendable {
    /// The identifier GRDB records ("v1", "v2"…).
    let identifier: String
    /// The `schema_version` the store has once this migration is applied.
    let schemaVersion: Int
    /// The change, run inside the caller's transaction; it ends by writing
    /// `schemaVersion` into `planner_info`.
    let migrate: @Sendable (GeoPackageTransaction) throws -> Void
}
