/// Horizontal bars of a part against its whole (cleared area against total area, per
/// administrative unit), as an inline SVG.
public struct BarChart: Sendable {
    /// One bar.
    public struct Bar: Sendable, Hashable {
        /// The label at the left.
        public var label: String
        /// The part (drawn dark), in the chart's unit.
        public var value: Double
        /// The whole (drawn light behind), in the chart's unit.
        public var total: Double

        /// Creates a bar.
        public init(label: String, value: Double, total: Double) {
            self.label = label
            self.value = value
            self.total = total
        }
    }

    /// The bars, top to bottom.
    public var bars: [Bar]
    /// The unit written after the numbers ("ha").
    public var unit: String
    /// Decimal places of the numbers.
    public var decimals: Int
    /// The language numbers are written in.
    public var lang: ReportLanguage
    /// The picture's width, px.
    public var width: Double = 720
    /// The part's colour.
    public var color: String = "#1a9850"

    /// Creates a chart.
    public init(bars: [Bar], unit: String, decimals: Int = 1, lang: ReportLanguage) {
        self.bars = bars
        self.unit = unit
        self.decimals = decimals
        self.lang = lang
    }

    /// The `<svg>` element.
    public func svg() -> String {
        let rowH = 22.0, labelW = 170.0, valueW = 190.0
        let plotW = width - labelW - valueW
        let maxTotal = max(bars.map { max($0.total, $0.value) }.max() ?? 0, 1e-9)
        let height = Double(bars.count) * rowH + 8
        var out = "<svg class=\"chart\" viewBox=\"0 0 \(NumberText.svg(width)) \(NumberText.svg(height))\""
            + " width=\"\(NumberText.svg(width))\" height=\"\(NumberText.svg(height))\" font-family=\"DejaVu Sans, Arial, sans-serif\" font-size=\"11\">"
        for (i, bar) in bars.enumerated() {
            let y = 4 + Double(i) * rowH
            let totalW = max(0, bar.total) / maxTotal * plotW, valueW = max(0, min(bar.value, max(bar.total, bar.value))) / maxTotal * plotW
            let share = bar.total > 0 ? bar.value / bar.total : 0
            let figures = NumberText.format(bar.value, decimals: decimals, lang: lang) + " / "
                + NumberText.format(bar.total, decimals: decimals, lang: lang) + " \(unit) ("
                + NumberText.percent(share, decimals: 0, lang: lang) + ")"
            out += "<g class=\"bar\"><title>\(HTMLText.escape(bar.label + ": " + figures))</title>"
                + "<text x=\"\(NumberText.svg(labelW - 6))\" y=\"\(NumberText.svg(y + 14))\" text-anchor=\"end\" fill=\"#222\">\(HTMLText.escape(bar.label))</text>"
                + "<rect x=\"\(labelW)\" y=\"\(NumberText.svg(y + 3))\" width=\"\(NumberText.svg(totalW))\" height=\"15\" fill=\"#d9d9d9\"/>"
                + "<rect x=\"\(labelW)\" y=\"\(NumberText.svg(y + 3))\" width=\"\(NumberText.svg(valueW))\" height=\"15\" fill=\"\(color)\"/>"
                + "<text x=\"\(NumberText.svg(labelW + plotW + 6))\" y=\"\(NumberText.svg(y + 14))\" fill=\"#222\">\(HTMLText.escape(figures))</text></g>"
        }
        return out + "</svg>"
    }
}
