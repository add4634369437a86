/// Numbers written into SVG: one decimal (a tenth of a pixel), no trailing ".0",
/// "." as the decimal mark whatever the report's language.
enum SVGNumber {
    /// 12.345 → "12.3", 4.0 → "4", -0.04 → "0".
    static func format(_ v: Double) -> String {
        guard v.isFinite else { return "0" }
        let tenths = Int((v * 10).rounded(.toNearestOrAwayFromZero))
        let whole = tenths / 10, rest = abs(tenths % 10)
        let sign = tenths < 0 && whole == 0 ? "-" : ""
        return rest == 0 ? "\(whole)" : "\(sign)\(whole).\(rest)"
    }
}
