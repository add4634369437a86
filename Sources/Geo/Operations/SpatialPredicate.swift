/// The DE-9IM named predicates ParkPlanner asks of geometries.
///
/// `overlaps` is strict: two polygons overlap when their interiors meet and neither
/// contains the other; polygons that only touch along an edge do not overlap.
public enum SpatialPredicate: String, Sendable, CaseIterable {
    /// Any point in common (boundary or interior).
    case intersects
    /// Interiors meet, same dimension, neither covers the other.
    case overlaps
    /// Every point of the other lies in this one, and interiors meet.
    case contains
    /// Every point of the other lies in this one (boundary allowed).
    case covers
    /// This lies inside the other (the converse of `contains`).
    case within
    /// This is covered by the other (the converse of `covers`).
    case coveredBy
    /// Boundaries meet, interiors do not.
    case touches
    /// Interiors meet in a lower dimension (lines crossing).
    case crosses
    /// No point in common.
    case disjoint
    /// Topologically equal.
    case equals
}
