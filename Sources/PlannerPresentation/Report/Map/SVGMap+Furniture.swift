/// The north arrow, the scale bar and the legend.
extension SVGMap {
    /// A north arrow in the top-right corner (EPSG:9210's grid north is up).
    func northArrow() -> String {
        let x = frame.width - 22, y = 12.0
        let letter = ReportText(lang)(.north)
        return "<g class=\"north\"><path d=\"M\(NumberText.svg(x)) \(y)l8 22l-8 -6l-8 6Z\" fill=\"#222\"/>"
            + "<text x=\"\(NumberText.svg(x))\" y=\"\(y + 34)\" font-size=\"11\" text-anchor=\"middle\" fill=\"#222\">\(letter)</text></g>"
    }

    /// A scale bar in the bottom-left corner: a nice length in two halves, labelled in m or km.
    func scaleBar() -> String {
        let (metres, pixels) = frame.scaleBar(maxPixels: max(40, frame.width / 4))
        let x = 10.0, y = frame.height - 14
        let half = NumberText.svg(pixels / 2)
        let label = metres >= 1000
            ? NumberText.format(metres / 1000, decimals: metres.truncatingRemainder(dividingBy: 1000) == 0 ? 0 : 1, lang: lang) + " km"
            : NumberText.format(metres, lang: lang) + " m"
        return "<g class=\"scale-bar\" data-metres=\"\(NumberText.svg(metres))\" data-pixels=\"\(NumberText.svg(pixels))\">"
            + "<rect x=\"\(x - 4)\" y=\"\(y - 16)\" width=\"\(NumberText.svg(pixels + 8))\" height=\"24\" fill=\"#fff\" fill-opacity=\"0.8\"/>"
            + "<rect x=\"\(x)\" y=\"\(y)\" width=\"\(half)\" height=\"4\" fill=\"#222\"/>"
            + "<rect x=\"\(NumberText.svg(x + pixels / 2))\" y=\"\(y)\" width=\"\(half)\" height=\"4\" fill=\"#fff\" stroke=\"#222\" stroke-width=\"0.5\"/>"
            + "<text x=\"\(x)\" y=\"\(y - 4)\" font-size=\"10\" fill=\"#222\">0</text>"
            + "<text x=\"\(NumberText.svg(x + pixels))\" y=\"\(y - 4)\" font-size=\"10\" text-anchor=\"end\" fill=\"#222\">\(label)</text></g>"
    }

    /// The legend rows below the map, then the caption.
    func legendSVG() -> String {
        var out = "<g class=\"legend\" font-size=\"10\" fill=\"#222\">"
        var y = frame.height + 8
        for row in legendRows {
            for (entry, x) in row {
                out += swatch(entry, x: x, y: y)
                out += "<text x=\"\(NumberText.svg(x + 20))\" y=\"\(NumberText.svg(y + 10))\">\(HTMLText.escape(entry.label))</text>"
            }
            y += 18
        }
        if let caption {
            out += "<text x=\"8\" y=\"\(NumberText.svg(y + 10))\" font-size=\"9\" fill=\"#555\">\(HTMLText.escape(caption))</text>"
        }
        return out + "</g>"
    }

    private func swatch(_ e: LegendEntry, x: Double, y: Double) -> String {
        let sx = NumberText.svg(x), sy = NumberText.svg(y)
        switch e.swatch {
        case .area:
            return "<rect x=\"\(sx)\" y=\"\(sy)\" width=\"14\" height=\"12\"\(paint(e.style))/>"
        case .line:
            return "<path d=\"M\(sx) \(NumberText.svg(y + 6))h14\"\(paint(e.style, filled: false))/>"
        case .point:
            return "<circle cx=\"\(NumberText.svg(x + 7))\" cy=\"\(NumberText.svg(y + 6))\" r=\"\(e.style.pointRadius)\"\(paint(e.style))/>"
        }
    }
}
