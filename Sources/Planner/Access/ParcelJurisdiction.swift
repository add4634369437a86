/// Which unit of a level a parcel belongs to, for rights: the unit holding the larger
/// share of its area (planar m², EPSG:9210, as `parcel_units` keeps them). A parcel that
/// straddles two units belongs to the one holding more of it; on an exact tie, to the
/// unit whose id sorts first, so the answer never depends on the order of rows.
public enum ParcelJurisdiction {
    /// The unit of `level` among `shares` that holds the largest share; nil when the
    /// parcel lies in no unit of that level.
    public static func unit(at level: UnitLevel, among shares: [UnitShare]) -> UnitShare? {
        shares.filter { $0.level == level }.min { a, b in
            a.share != b.share ? a.share > b.share : a.unitId < b.unitId
        }
    }
}
