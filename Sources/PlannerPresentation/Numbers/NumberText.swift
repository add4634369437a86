/// The one number formatter of every human-facing output (terminal tables, footers, the
/// report): rounds once, half away from zero, from the full value; groups thousands.
/// Machine outputs (JSON, CSV) write the full double instead (``JSONText/number(_:)``).
///
/// It uses no Foundation locale (a server may have none installed).
public enum NumberText {
    /// `value` rounded half away from zero to `decimals` places (0–12), thousands joined by
    /// `group`, `mark` before the fraction; `-0` is written `0`; non-finite values are "–".
    public static func format(_ value: Double, decimals: Int = 0, group: String = " ", mark: String = ".") -> String {
        guard value.isFinite else { return "–" }
        let places = max(0, min(decimals, 12))
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let scaled = (abs(value) * scale).rounded(.toNearestOrAwayFromZero)
        guard scaled < 9e18 else { return "\(value)" }
        let units = UInt64(scaled)
        let whole = units / UInt64(scale), fraction = units % UInt64(scale)
        var text = grouped(whole, separator: group)
        if places > 0 {
            let digits = String(fraction)
            text += mark + String(repeating: "0", count: places - digits.count) + digits
        }
        return value < 0 && units > 0 ? "-" + text : text
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
}
