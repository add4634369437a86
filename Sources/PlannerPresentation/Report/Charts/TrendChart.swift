/// A line of a quantity over dated points (cleared area at each quarter end) against a
/// dashed reference (the total), with labelled axes, as an inline SVG.
public struct TrendChart: Sendable {
    /// One point: its axis label and value.
    public struct Point: Sendable, Hashable {
        /// The label under the axis ("Q2/2025").
        public var label: String
        /// The value, in the chart's unit.
        public var value: Double

        /// Creates a point.
        public init(label: String, value: Double) {
            self.label = label
            self.value = value
        }
    }

    /// The points, oldest first.
    public var points: [Point]
    /// A level drawn as a dashed line (the total), with its label; `nil` for none.
    public var reference: (value: Double, label: String)?
    /// The unit of the values ("ha").
    public var unit: String
    /// The language numbers are written in.
    public var lang: ReportLanguage
    /// The picture's size, px.
    public var width: Double = 720, height: Double = 260
    /// The line's colour.
    public var color: String = "#1a9850"

    /// Creates a chart.
    public init(points: [Point], reference: (value: Double, label: String)? = nil, unit: String, lang: ReportLanguage) {
        self.points = points
        self.reference = reference
        self.unit = unit
        self.lang = lang
    }

    /// The `<svg>` element.
    public func svg() -> String {
        let left = 64.0, right = 16.0, top = 14.0, bottom = 44.0
        let plotW = width - left - right, plotH = height - top - bottom
        let top0 = max(points.map(\.value).max() ?? 0, reference?.value ?? 0)
        let step = MapFrame.niceLength(atMost: max(top0, 1e-9) / 3)
        let yMax = max(step, (top0 / step).rounded(.up) * step)
        func y(_ v: Double) -> Double { top + plotH - v / yMax * plotH }
        func x(_ i: Int) -> Double { points.count < 2 ? left + plotW / 2 : left + Double(i) / Double(points.count - 1) * plotW }
        var out = "<svg class=\"chart\" viewBox=\"0 0 \(NumberText.svg(width)) \(NumberText.svg(height))\" width=\"\(NumberText.svg(width))\""
            + " height=\"\(NumberText.svg(height))\" font-family=\"DejaVu Sans, Arial, sans-serif\" font-size=\"10\" fill=\"#222\">"
        var tick = 0.0
        while tick <= yMax + step / 2 {
            let ty = NumberText.svg(y(tick))
            out += "<path d=\"M\(left) \(ty)h\(NumberText.svg(plotW))\" stroke=\"#e0e0e0\"/>"
                + "<text x=\"\(left - 6)\" y=\"\(ty)\" dy=\"3\" text-anchor=\"end\">\(NumberText.format(tick, decimals: step < 1 ? 1 : 0, lang: lang))</text>"
            tick += step
        }
        out += "<text x=\"8\" y=\"\(top - 4)\">\(HTMLText.escape(unit))</text>"
        if let reference {
            let ry = NumberText.svg(y(reference.value))
            out += "<path d=\"M\(left) \(ry)h\(NumberText.svg(plotW))\" stroke=\"#636363\" stroke-dasharray=\"5 3\"/>"
                + "<text x=\"\(NumberText.svg(left + plotW))\" y=\"\(ry)\" dy=\"-4\" text-anchor=\"end\">\(HTMLText.escape(reference.label))</text>"
        }
        let every = max(1, (points.count + 11) / 12)
        for (i, p) in points.enumerated() where i == points.count - 1 || (i % every == 0 && points.count - 1 - i >= every) {
            let anchor = i == points.count - 1 && points.count > 1 ? "end" : "middle"
            out += "<text x=\"\(NumberText.svg(x(i)))\" y=\"\(NumberText.svg(top + plotH + 16))\" text-anchor=\"\(anchor)\">\(HTMLText.escape(p.label))</text>"
        }
        if !points.isEmpty {
            let d = points.indices.map { (i: Int) in (i == 0 ? "M" : "L") + NumberText.svg(x(i)) + " " + NumberText.svg(y(points[i].value)) }.joined()
            out += "<path d=\"\(d)\" fill=\"none\" stroke=\"\(color)\" stroke-width=\"2\"/>"
            for (i, p) in points.enumerated() {
                out += "<circle cx=\"\(NumberText.svg(x(i)))\" cy=\"\(NumberText.svg(y(p.value)))\" r=\"3\" fill=\"\(color)\">"
                    + "<title>\(HTMLText.escape(p.label + ": " + NumberText.format(p.value, decimals: 2, lang: lang) + " " + unit))</title></circle>"
            }
        }
        out += "<path d=\"M\(left) \(top)V\(NumberText.svg(top + plotH))h\(NumberText.svg(plotW))\" fill=\"none\" stroke=\"#222\"/>"
        return out + "</svg>"
    }
}
