/// A polygonal layer whose outlines a question reads (see ``OutlineReading``).
public enum OutlineLayer: Sendable, Hashable {
    /// Parks and economic zones.
    case parks
    /// Land parcels.
    case parcels
    /// Land-use zones, only those of these land-use codes (`nil`: all).
    case zones(landUses: Set<LandUseCode>?)
    /// Administrative units of one level.
    case units(UnitLevel)
}
