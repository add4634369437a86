import GRDB

extension SpatialReference: FetchableRecord, PersistableRecord {
    /// `gpkg_spatial_ref_sys`.
    public static let databaseTableName = "gpkg_spatial_ref_sys"
}
