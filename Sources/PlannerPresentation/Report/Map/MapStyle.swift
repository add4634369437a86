/// How a map feature is drawn: fill, hatching, outline, point size.
public struct MapStyle: Sendable, Hashable {
    /// The fill colour (`#rrggbb`); `nil` for no fill.
    public var fill: String?
    /// The fill's opacity, 0–1.
    public var fillOpacity: Double
    /// The colour of diagonal hatching drawn over the fill; `nil` for none.
    public var hatch: String?
    /// The outline colour; `nil` for no outline.
    public var stroke: String?
    /// The outline width, px.
    public var strokeWidth: Double
    /// An SVG dash pattern ("4 2"), `nil` for a solid outline.
    public var dash: String?
    /// The radius of a point, px.
    public var pointRadius: Double

    /// Creates a style.
    public init(fill: String? = nil, fillOpacity: Double = 1, hatch: String? = nil, stroke: String? = nil,
                strokeWidth: Double = 1, dash: String? = nil, pointRadius: Double = 3) {
        self.fill = fill
        self.fillOpacity = fillOpacity
        self.hatch = hatch
        self.stroke = stroke
        self.strokeWidth = strokeWidth
        self.dash = dash
        self.pointRadius = pointRadius
    }

    /// A filled area with a thin darker outline.
    public static func area(_ fill: String, opacity: Double = 0.85, stroke: String = "#404040", strokeWidth: Double = 0.5) -> MapStyle {
        MapStyle(fill: fill, fillOpacity: opacity, stroke: stroke, strokeWidth: strokeWidth)
    }

    /// Diagonal hatching in `color`, outlined in the same colour.
    public static func hatched(_ color: String) -> MapStyle {
        MapStyle(hatch: color, stroke: color, strokeWidth: 0.8)
    }

    /// An unfilled outline.
    public static func outline(_ color: String, width: Double = 1, dash: String? = nil) -> MapStyle {
        MapStyle(stroke: color, strokeWidth: width, dash: dash)
    }
}
