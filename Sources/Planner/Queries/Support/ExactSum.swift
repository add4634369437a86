/// A sum of doubles kept exactly, rounded once when read: the value is the exact sum of
/// every amount added so far, rounded to the nearest double (Shewchuk's non-overlapping
/// partials, read as Python's `math.fsum` reads them). It depends only on which amounts were
/// added, never on their order, and taking an amount off (``add(_:)`` of its negation)
/// undoes adding it exactly.
///
/// Why: a total kept up to date one change at a time (``ClearanceTally``) must print the
/// same bits as a total summed afresh, and a plain `+=` makes the bits depend on the order
/// of the additions. Used for the areas that a parcel's status moves between sums.
///
/// Cost: an addition is a few floating-point operations per partial; a sum of areas of one
/// sign holds two or three partials.
public struct ExactSum: Sendable, Hashable {
    /// Non-overlapping partials, increasing in magnitude; their exact sum is the sum.
    private var partials: [Double] = []

    /// An empty sum (0).
    public init() {}

    /// Adds `amount` exactly (a finite double).
    public mutating func add(_ amount: Double) {
        var x = amount
        var kept = 0
        for j in partials.indices {
            var y = partials[j]
            if abs(x) < abs(y) { swap(&x, &y) }
            let hi = x + y
            let lo = y - (hi - x)
            if lo != 0 {
                partials[kept] = lo
                kept += 1
            }
            x = hi
        }
        partials.removeSubrange(kept...)
        partials.append(x)
    }

    /// The exact sum rounded to the nearest double (ties to even), 0 when empty.
    public var value: Double {
        var n = partials.count
        guard n > 0 else { return 0 }
        n -= 1
        var hi = partials[n]
        var lo = 0.0
        while n > 0 {
            let x = hi
            n -= 1
            let y = partials[n]
            hi = x + y
            lo = y - (hi - x)
            if lo != 0 { break }
        }
        // Half-way cases: the partials below decide the rounding direction.
        if n > 0, (lo < 0 && partials[n - 1] < 0) || (lo > 0 && partials[n - 1] > 0) {
            let y = lo * 2
            let x = hi + y
            if y == x - hi { hi = x }
        }
        return hi
    }
}
