import GRDB

/// A GRDB record of a GeoPackage user table. Records of feature tables hand over their
/// geometry so the table's `gpkg_contents` bounds follow what is written.
protocol GeoPackageRecord: PersistableRecord {
    /// The geometry column's value; `nil` for attribute tables.
    var geometryValue: GeoPackageGeometry? { get }
}

extension GeoPackageRecord {
    /// Attribute tables have no geometry.
    var geometryValue: GeoPackageGeometry? { nil }
}
