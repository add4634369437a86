/// The side of a directed line a point lies on, decided only when floating point is
/// certain of it.
///
/// Uses Shewchuk's error-bounded filter for the orientation determinant (the first
/// stage of his adaptive `orient2d`): when the computed determinant is larger than its
/// worst-case rounding error, its sign is the exact sign; when both products are
/// exactly zero the point is exactly collinear. Otherwise the answer is `nil`, and the
/// caller must take the exact path (GEOS, which evaluates such cases in double-double).
public enum Orientation: Sendable, Equatable {
    /// Counter-clockwise turn: the point is left of the line a → b.
    case left
    /// Clockwise turn: the point is right of the line a → b.
    case right
    /// The point is on the line through a and b.
    case collinear

    /// Shewchuk's `ccwerrboundA`: (3 + 16ε)ε with ε = 2⁻⁵³.
    private static let errorBound = (3.0 + 16.0 * 0x1p-53) * 0x1p-53

    /// The side of line `a` → `b` that `c` lies on, or `nil` when rounding could have
    /// changed the sign.
    @inline(__always)
    public static func of(_ a: Coordinate, _ b: Coordinate, _ c: Coordinate) -> Orientation? {
        let left = (a.x - c.x) * (b.y - c.y)
        let right = (a.y - c.y) * (b.x - c.x)
        let det = left - right
        if (left > 0 && right <= 0) || (left < 0 && right >= 0) || (left == 0 && right == 0) {
            // Opposite signs (or zeros): no cancellation, the sign is exact. The factors are
            // differences of doubles, which are exactly zero only for equal operands.
            return det > 0 ? .left : det < 0 ? .right : .collinear
        }
        let bound = errorBound * (abs(left) + abs(right))
        if det > bound { return .left }
        if -det > bound { return .right }
        return nil
    }
}
