/// One step of the PostGIS store's schema: applied once, in one transaction, recorded in
/// `parkplan_migrations`. A migration never changes after it ships: a new need is a new
/// migration with the next version.
struct PostGISMigration: Sendable {
    /// The schema version this step brings the store to.
    var version: Int
    /// What it does, in a few words (kept in `parkplan_migrations.name`).
    var name: String
    /// Its statements, run in order (one statement each: the extended protocol takes one).
    var statements: [String]
}
