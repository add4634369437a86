/// A number rounded to a count of decimal places: the one rounding behind every rounded
/// output (``NumberText``).
///
/// It rounds the number as written, its shortest round-trip text (the text JSON and CSV
/// carry), half away from zero: 0.125 → 0.13, 1.005 → 1.01, 2.5 → 3. The fast path scales
/// and rounds the double; only a value within a few ulps of a half-way point (where the
/// scaling could tip it) is decided from its digits. O(1); no Foundation.
struct RoundedDecimal: Equatable {
    /// The largest scaled magnitude held (below 2⁶³).
    static let limit = 9e18

    /// The magnitude times 10^``places``, rounded.
    var units: UInt64
    /// Decimal places kept (0–12).
    var places: Int
    /// Whether the rounded value is below zero (never for a value that rounds to zero: no "-0").
    var negative: Bool

    /// `value` rounded to `places` (clamped to 0–12) decimals; `nil` when it is not finite
    /// or its magnitude times 10^places reaches ``limit``.
    init?(_ value: Double, places: Int) {
        guard value.isFinite else { return nil }
        let places = max(0, min(places, 12))
        let scaled = value.magnitude * Self.scale(places)
        guard scaled < Self.limit else { return nil }
        let fraction = scaled - scaled.rounded(.down)
        if (fraction - 0.5).magnitude > 4 * scaled.ulp {
            units = UInt64(scaled.rounded(.toNearestOrAwayFromZero))
        } else {
            units = Self.unitsFromDigits(value.magnitude, places: places)
        }
        self.places = places
        negative = value < 0 && units > 0
    }

    /// 10^places as a double (exact for 0–22).
    static func scale(_ places: Int) -> Double {
        var s = 1.0
        for _ in 0..<places { s *= 10 }
        return s
    }

    /// The rounded value as a double (the nearest double to units / 10^places).
    var value: Double {
        let magnitude = Double(units) / Self.scale(places)
        return negative ? -magnitude : magnitude
    }

    /// The whole part and the fraction's digits (``places`` of them, leading zeros kept).
    var parts: (whole: UInt64, fraction: String) {
        var divisor: UInt64 = 1
        for _ in 0..<places { divisor *= 10 }
        let digits = places > 0 ? String(units % divisor) : ""
        return (units / divisor, String(repeating: "0", count: places - digits.count) + digits)
    }

    /// Rounds a non-negative finite value half away from zero from its shortest round-trip
    /// digits ("12.5", "1e-05", "1.2345e+16").
    static func unitsFromDigits(_ magnitude: Double, places: Int) -> UInt64 {
        let text = "\(magnitude)"
        var mantissa = Substring(text)
        var exponent = 0
        if let e = text.firstIndex(of: "e") {
            mantissa = text[..<e]
            exponent = Int(text[text.index(after: e)...]) ?? 0
        }
        let point = mantissa.firstIndex(of: ".")
        let whole = point.map { mantissa[..<$0] } ?? mantissa
        let fraction = point.map { mantissa[mantissa.index(after: $0)...] } ?? ""
        let digits = (whole + fraction).utf8.map { UInt64($0 - UInt8(ascii: "0")) }
        let kept = whole.count + exponent + places
        guard kept >= 0 else { return 0 }
        var units: UInt64 = 0
        for i in 0..<kept { units = units * 10 + (i < digits.count ? digits[i] : 0) }
        if kept < digits.count, digits[kept] >= 5 { units += 1 }
        return units
    }
}
