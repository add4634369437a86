/// Identifies the store format version written into GeoPackages.
public enum StoreVersion {
    /// The application schema version.
    public static let schema = 1
}
