import Geo

/// The box a label's text takes on a picture, px (x right, y down), by the estimate the
/// SVG uses for every label: 0.58 em per character (DejaVu Sans, whose mean advance is
/// about that), from one em above the baseline to 2 px below it.
public struct LabelBox: Sendable, Hashable {
    /// Left, top, right and bottom edges, px.
    public var x0, y0, x1, y1: Double

    /// The box of `text` in `size` px type whose baseline is centred at `p`.
    public init(_ text: String, size: Double, baselineCentre p: SVGPoint) {
        let half = Self.width(text, size: size) / 2
        self.init(x0: p.x - half, y0: p.y - size, x1: p.x + half, y1: p.y + 2)
    }

    /// A box from its edges.
    public init(x0: Double, y0: Double, x1: Double, y1: Double) {
        self.x0 = x0
        self.y0 = y0
        self.x1 = x1
        self.y1 = y1
    }

    /// The estimated width of `text` in `size` px type, px.
    public static func width(_ text: String, size: Double) -> Double { Double(text.count) * size * 0.58 }

    /// The height of a line of `size` px type, px.
    public static func height(size: Double) -> Double { size + 2 }

    /// The centre of the baseline the text sits on.
    public var baselineCentre: SVGPoint { SVGPoint(x: (x0 + x1) / 2, y: y1 - 2) }

    /// The box's centre.
    public var centre: SVGPoint { SVGPoint(x: (x0 + x1) / 2, y: (y0 + y1) / 2) }

    /// True when the boxes share more than a boundary.
    public func overlaps(_ other: LabelBox) -> Bool { x0 < other.x1 && other.x0 < x1 && y0 < other.y1 && other.y0 < y1 }

    /// The box grown by `d` px on every side.
    public func grown(by d: Double) -> LabelBox { LabelBox(x0: x0 - d, y0: y0 - d, x1: x1 + d, y1: y1 + d) }

    /// The point of the box nearest to `p` (`p` itself when inside).
    public func nearest(to p: SVGPoint) -> SVGPoint { SVGPoint(x: min(max(p.x, x0), x1), y: min(max(p.y, y0), y1)) }

    /// The box as a ground polygon in `frame`'s CRS (EPSG:9210), to measure what it covers.
    public func ground(in frame: MapFrame) -> Geometry {
        let corners = [SVGPoint(x: x0, y: y0), SVGPoint(x: x0, y: y1), SVGPoint(x: x1, y: y1), SVGPoint(x: x1, y: y0)].map(frame.coordinate)
        return .polygon(Polygon(exterior: corners + [corners[0]]))
    }
}
