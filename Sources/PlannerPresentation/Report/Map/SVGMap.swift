/// A map drawn as one self-contained SVG element: layers of styled features in a
/// ``MapFrame``, labels, and the map furniture (north arrow, scale bar, and a legend
/// in a strip below the map so it never hides the ground).
public struct SVGMap: Sendable {
    /// Where the ground lands; the map area is the frame's `width` × `height`.
    public var frame: MapFrame
    /// A prefix for the ids of patterns and clip paths, unique within the HTML page.
    public var id: String
    /// The layers, drawn in order (later on top).
    public var layers: [MapLayer] = []
    /// Texts drawn above the layers.
    public var labels: [MapLabel] = []
    /// The legend, below the map.
    public var legend: [LegendEntry] = []
    /// The language of the north arrow's letter and the scale bar's number.
    public var lang: ReportLanguage
    /// Draw the north arrow and the scale bar.
    public var furniture: Bool = true
    /// A line of text under the legend (source, date).
    public var caption: String?

    /// An empty map.
    public init(frame: MapFrame, id: String, lang: ReportLanguage) {
        self.frame = frame
        self.id = id
        self.lang = lang
    }

    /// Adds a layer above the others.
    public mutating func add(_ layer: [MapFeature]) { layers.append(.features(layer)) }

    /// Adds a layer above the others.
    public mutating func add(_ layer: MapLayer) { layers.append(layer) }

    /// The height of the legend strip below the map, px.
    var legendHeight: Double {
        let rows = legendRows.count
        return (rows == 0 ? 0 : Double(rows) * 18 + 8) + (caption == nil ? 0 : 16)
    }

    /// The legend entries laid out in rows that fit the width, with x offsets.
    var legendRows: [[(entry: LegendEntry, x: Double)]] {
        var rows: [[(entry: LegendEntry, x: Double)]] = []
        var row: [(entry: LegendEntry, x: Double)] = []
        var x = 8.0
        for entry in legend {
            let w = 22 + Double(entry.label.count) * 6.2 + 14
            if x + w > frame.width, !row.isEmpty {
                rows.append(row)
                row = []
                x = 8
            }
            row.append((entry, x))
            x += w
        }
        if !row.isEmpty { rows.append(row) }
        return rows
    }

    /// The whole `<svg>` element, `width` × (`height` + legend) px, with a `viewBox`
    /// in the same px so coordinates are those of ``MapFrame/point(_:)``. With
    /// `standalone`, the SVG namespace is declared (for an `.svg` file; HTML needs none).
    public func svg(standalone: Bool = false) -> String {
        let w = NumberText.svg(frame.width), mapH = NumberText.svg(frame.height)
        let h = NumberText.svg(frame.height + legendHeight)
        var out = "<svg" + (standalone ? " xmlns=\"http://www.w3.org/2000/svg\"" : "") + " class=\"map\" viewBox=\"0 0 \(w) \(h)\" width=\"\(w)\" height=\"\(h)\""
            + " font-family=\"DejaVu Sans, Arial, sans-serif\">"
        out += "<defs>" + patterns() + "<clipPath id=\"\(id)-clip\"><rect width=\"\(w)\" height=\"\(mapH)\"/></clipPath></defs>"
        out += "<rect width=\"\(w)\" height=\"\(mapH)\" fill=\"#f7fbff\" stroke=\"#999\" stroke-width=\"0.5\"/>"
        out += "<g clip-path=\"url(#\(id)-clip)\">"
        for layer in layers {
            switch layer {
            case .features(let features):
                out += "<g>"
                for feature in features { out += draw(feature) }
                out += "</g>"
            case .grid(let grid):
                out += grid.svg()
            }
        }
        out += placedLabels()
        out += "</g>"
        if furniture { out += northArrow() + scaleBar() }
        out += legendSVG()
        return out + "</svg>"
    }

    /// The id of the hatch pattern of a colour.
    func patternId(_ color: String) -> String { "\(id)-hatch-" + color.filter { $0.isLetter || $0.isNumber } }

    private func patterns() -> String {
        var colours: [String] = []
        for style in layers.flatMap(\.styles) + legend.map(\.style) {
            if let h = style.hatch, !colours.contains(h) { colours.append(h) }
        }
        return colours.map { c in
            "<pattern id=\"\(patternId(c))\" patternUnits=\"userSpaceOnUse\" width=\"6\" height=\"6\" patternTransform=\"rotate(45)\">"
                + "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"\(HTMLText.escape(c))\" stroke-width=\"2\"/></pattern>"
        }.joined()
    }

    /// The paint attributes of a style, for a path or a swatch.
    func paint(_ s: MapStyle, filled: Bool = true) -> String {
        var a = ""
        if filled, let h = s.hatch {
            a += " fill=\"url(#\(patternId(h)))\""
        } else if filled, let f = s.fill {
            a += " fill=\"\(HTMLText.escape(f))\""
            if s.fillOpacity < 1 { a += " fill-opacity=\"\(s.fillOpacity)\"" }
        } else {
            a += " fill=\"none\""
        }
        if let st = s.stroke {
            a += " stroke=\"\(HTMLText.escape(st))\" stroke-width=\"\(s.strokeWidth)\" stroke-linejoin=\"round\""
            if let d = s.dash { a += " stroke-dasharray=\"\(HTMLText.escape(d))\"" }
        }
        return a
    }

    private func draw(_ f: MapFeature) -> String {
        let title = f.title.map { "<title>\(HTMLText.escape($0))</title>" } ?? ""
        var out = ""
        let d = SVGPath.data(f.geometry, in: frame)
        if !d.isEmpty {
            let polygonal = !f.geometry.polygons.isEmpty
            out += "<path d=\"\(d)\"\(polygonal ? " fill-rule=\"evenodd\"" : "")\(paint(f.style, filled: polygonal))>\(title)</path>"
        }
        for c in SVGPath.points(f.geometry) {
            let p = frame.point(c)
            out += "<circle cx=\"\(NumberText.svg(p.x))\" cy=\"\(NumberText.svg(p.y))\" r=\"\(f.style.pointRadius)\""
                + "\(paint(f.style))>\(title)</circle>"
        }
        return out
    }

    /// The labels where ``LabelPlacement`` puts them: no two boxes overlap, a label
    /// moved off its feature is tied to it by a leader line.
    public var placements: [LabelPlacement.Placed] { LabelPlacement(frame: frame).place(labels) }

    private func placedLabels() -> String {
        let placed = placements
        let leaders = placed.compactMap(\.leader).map { l in
            "<line x1=\"\(NumberText.svg(l.from.x))\" y1=\"\(NumberText.svg(l.from.y))\" x2=\"\(NumberText.svg(l.to.x))\" y2=\"\(NumberText.svg(l.to.y))\""
                + " stroke=\"#555\" stroke-width=\"0.7\"/>"
                + "<circle cx=\"\(NumberText.svg(l.to.x))\" cy=\"\(NumberText.svg(l.to.y))\" r=\"1.5\" fill=\"#555\"/>"
        }
        return "<g class=\"leaders\">" + leaders.joined() + "</g>" + placed.map { text($0.label, at: $0.box.baselineCentre) }.joined()
    }

    private func text(_ l: MapLabel, at p: SVGPoint) -> String {
        return "<text x=\"\(NumberText.svg(p.x))\" y=\"\(NumberText.svg(p.y))\" font-size=\"\(l.size)\" text-anchor=\"middle\""
            + " fill=\"#222\" stroke=\"#fff\" stroke-width=\"2.5\" paint-order=\"stroke\">\(HTMLText.escape(l.text))</text>"
    }
}
