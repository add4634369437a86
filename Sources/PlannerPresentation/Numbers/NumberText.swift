/// The one number formatter of every output: terminal tables and footers, the report's
/// HTML and SVG, the rounded properties of an export, and the full numbers of JSON and CSV.
///
/// People read numbers rounded once, from the full value (``RoundedDecimal``: half away
/// from zero, as the number is written), thousands grouped; machines read the full double
/// (``roundTrip(_:)``). It uses no Foundation locale (a server may have none installed).
public enum NumberText {
    /// `value` rounded half away from zero to `decimals` places (0–12), thousands joined by
    /// `group`, `mark` before the fraction; `-0` is written `0`; non-finite values are "–";
    /// a value too large to round (10^18 and beyond at that precision) is written in full.
    public static func format(_ value: Double, decimals: Int = 0, group: String = " ", mark: String = ".") -> String {
        guard value.isFinite else { return "–" }
        guard let rounded = RoundedDecimal(value, places: decimals) else { return "\(value)" }
        let (whole, fraction) = rounded.parts
        var text = grouped(whole, separator: group)
        if rounded.places > 0 { text += mark + fraction }
        return rounded.negative ? "-" + text : text
    }

    /// A figure inside a sentence (a feature's description): `decimals` places, "." as the
    /// mark, no grouping: 1234.56 → "1234.6".
    public static func plain(_ value: Double, decimals: Int) -> String {
        format(value, decimals: decimals, group: "")
    }

    /// 1234567 → "1 234 567" with `separator`.
    public static func grouped(_ n: UInt64, separator: String) -> String {
        let digits = String(n)
        var out = ""
        for (i, ch) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out += separator }
            out.append(ch)
        }
        return out
    }

    /// `value` rounded half away from zero to `decimals` places, as a double (an export's
    /// rounded property, e.g. `area_m2` to the cm²); a non-finite or huge value unchanged.
    public static func rounded(_ value: Double, decimals: Int) -> Double {
        RoundedDecimal(value, places: decimals)?.value ?? value
    }

    /// The full double for JSON and CSV: an integer below 10^15 without a fraction,
    /// anything else in Swift's shortest round-trip form; `nil` when not finite.
    public static func roundTrip(_ value: Double) -> String? {
        guard value.isFinite else { return nil }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }

    /// A coordinate or length in SVG user units: one decimal (a tenth of a pixel), no
    /// trailing ".0", "." as the mark whatever the language: 12.345 → "12.3", 4.0 → "4",
    /// -0.04 → "0"; a non-finite value is "0".
    public static func svg(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let text = format(value, decimals: 1, group: "", mark: ".")
        return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
    }
}
