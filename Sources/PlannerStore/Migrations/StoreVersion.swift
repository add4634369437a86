/// Identifies the store format version written into GeoPackages.
public enum StoreVersion {
    /// The application schema version (`planner_info.schema_version`) this release writes:
    /// the version of the last of ``StoreMigrations/shipped``.
    public static let schema = StoreMigrations.shipped.last!.schemaVersion
}
