/// Numbers written by what they measure, as terminal tables and footers show them.
extension NumberText {
    /// `value` with the places its kind shows (``ResultColumn/Kind/decimals(for:)``),
    /// thousands grouped by a space: `format(1234.567, as: .areaHa)` is "1 234.57".
    public static func format(_ value: Double, as kind: ResultColumn.Kind) -> String {
        format(value, decimals: kind.decimals(for: value))
    }
}
