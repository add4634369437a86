/// What opening a store of an older schema did: the versions before and after, and the
/// copy of the file as it was.
public struct SchemaUpgrade: Sendable, Equatable, CustomStringConvertible {
    /// The store's `schema_version` before.
    public var fromVersion: Int
    /// Its `schema_version` now.
    public var toVersion: Int
    /// The copy of the store as it was before, beside it (`NAME.vN.bak.gpkg`).
    public var backupPath: String

    /// "store.gpkg: schema version 1 migrated to 2; the store as it was is kept in store.v1.bak.gpkg".
    public var description: String {
        "schema version \(fromVersion) migrated to \(toVersion); the store as it was is kept in \(backupPath)"
    }
}
