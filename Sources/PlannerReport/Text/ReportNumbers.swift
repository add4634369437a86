/// Numbers written the way the report's language writes them, without Foundation
/// locales (which a server may not have installed): Vietnamese `1.234,5`, English
/// `1,234.5`.
public enum ReportNumbers {
    /// `value` rounded half away from zero to `decimals` places, with thousands grouped
    /// and the decimal mark of `lang`; `-0` is written `0`. Non-finite values are "–".
    public static func format(_ value: Double, decimals: Int = 0, lang: ReportLanguage) -> String {
        guard value.isFinite else { return "–" }
        let places = max(0, min(decimals, 12))
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let scaled = (abs(value) * scale).rounded(.toNearestOrAwayFromZero)
        guard scaled < 9e18 else { return String(value) }
        let units = UInt64(scaled)
        let whole = units / UInt64(scale), fraction = units % UInt64(scale)
        let (group, mark) = lang == .vi ? (".", ",") : (",", ".")
        var text = grouped(whole, separator: group)
        if places > 0 {
            let digits = String(fraction)
            text += mark + String(repeating: "0", count: places - digits.count) + digits
        }
        return value < 0 && units > 0 ? "-" + text : text
    }

    /// A share 0–1 as a percentage with `decimals` places and a "%" sign ("12,5 %").
    public static func percent(_ share: Double, decimals: Int = 1, lang: ReportLanguage) -> String {
        format(share * 100, decimals: decimals, lang: lang) + "\u{00A0}%"
    }

    /// An area in m² as hectares with `decimals` places and the unit ("1.234,50 ha").
    public static func hectares(fromSquareMetres m2: Double, decimals: Int = 2, lang: ReportLanguage) -> String {
        format(m2 / 10_000, decimals: decimals, lang: lang) + "\u{00A0}ha"
    }

    /// 1234567 → "1.234.567" with `separator`.
    static func grouped(_ n: UInt64, separator: String) -> String {
        let digits = String(n)
        var out = ""
        for (i, ch) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out += separator }
            out.append(ch)
        }
        return out
    }
}
