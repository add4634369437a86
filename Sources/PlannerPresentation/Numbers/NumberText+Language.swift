/// Numbers written the way the report's language writes them: Vietnamese `1.234,5`,
/// English `1,234.5`.
extension NumberText {
    /// `value` rounded half away from zero to `decimals` places, thousands grouped, with the
    /// decimal mark of `lang`; `-0` is written `0`; non-finite values are "–".
    public static func format(_ value: Double, decimals: Int = 0, lang: ReportLanguage) -> String {
        lang == .vi ? format(value, decimals: decimals, group: ".", mark: ",")
            : format(value, decimals: decimals, group: ",", mark: ".")
    }

    /// A share 0–1 as a percentage with `decimals` places and a "%" sign ("12,5 %").
    public static func percent(_ share: Double, decimals: Int = 1, lang: ReportLanguage) -> String {
        format(share * 100, decimals: decimals, lang: lang) + "\u{00A0}%"
    }

    /// An area in m² as hectares with `decimals` places and the unit ("1.234,50 ha").
    public static func hectares(fromSquareMetres m2: Double, decimals: Int = 2, lang: ReportLanguage) -> String {
        format(m2 / 10_000, decimals: decimals, lang: lang) + "\u{00A0}ha"
    }
}
