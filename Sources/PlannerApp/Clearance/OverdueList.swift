import Geo
import Planner

/// The parcels overdue for hand-over and what a map of them needs: each one's outline.
public struct OverdueList: Sendable {
    /// The overdue parcels, most overdue first (ties by parcel id).
    public var parcels: [OverdueParcel]
    /// Each overdue parcel's boundary by parcel id (EPSG:9210).
    public var outlines: [String: Geometry]

    /// Creates the list.
    public init(parcels: [OverdueParcel], outlines: [String: Geometry]) {
        self.parcels = parcels
        self.outlines = outlines
    }
}
