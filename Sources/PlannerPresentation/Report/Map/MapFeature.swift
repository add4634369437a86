import Geo

/// One geometry on a map (EPSG:9210 metres, the frame's CRS) with its style and an
/// optional tooltip.
public struct MapFeature: Sendable, Hashable {
    /// The geometry, in the map frame's CRS.
    public var geometry: Geometry
    /// How it is drawn.
    public var style: MapStyle
    /// Shown on hover (an SVG `<title>`); `nil` for none.
    public var title: String?

    /// Creates a feature.
    public init(_ geometry: Geometry, style: MapStyle, title: String? = nil) {
        self.geometry = geometry
        self.style = style
        self.title = title
    }
}

/// A text placed at a ground position on a map.
public struct MapLabel: Sendable, Hashable {
    /// The text.
    public var text: String
    /// Where it is centred, in the map frame's CRS.
    public var at: Coordinate
    /// The font size, px.
    public var size: Double
    /// The shape labelled (EPSG:9210), which other labels keep clear of; `nil` for a
    /// label of a place only.
    public var feature: Geometry?

    /// Creates a label.
    public init(_ text: String, at: Coordinate, size: Double = 11, feature: Geometry? = nil) {
        self.text = text
        self.at = at
        self.size = size
        self.feature = feature
    }
}

/// One line of a map's legend: a swatch drawn in a style and its label.
public struct LegendEntry: Sendable, Hashable {
    /// What the swatch shows.
    public enum Swatch: Sendable, Hashable {
        /// A filled (or hatched) square.
        case area
        /// A short line.
        case line
        /// A dot.
        case point
    }

    /// The label.
    public var label: String
    /// The swatch's style.
    public var style: MapStyle
    /// The swatch's shape.
    public var swatch: Swatch

    /// Creates an entry.
    public init(_ label: String, style: MapStyle, swatch: Swatch = .area) {
        self.label = label
        self.style = style
        self.swatch = swatch
    }
}
