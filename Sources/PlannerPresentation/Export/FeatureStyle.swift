import Geo
import Planner

/// simplestyle-spec properties (`fill`, `fill-opacity`, `stroke`, `stroke-width`,
/// `title`, `description`) so that geojson.io and other viewers draw a meaningful map
/// with no set-up. Colours are ColorBrewer's red–yellow–green for progress.
public enum FeatureStyle {
    /// The simplestyle property names these styles write (left out of GDAL formats, which
    /// style nothing from properties).
    public static let memberNames: Set<String> = ["fill", "fill-opacity", "stroke", "stroke-width", "stroke-opacity",
                                                  "title", "description", "marker-color", "marker-size", "marker-symbol"]

    /// The colour of a clearance status: red (not started) through green (handed over),
    /// purple for disputed.
    public static func color(_ status: ClearanceStatus) -> String {
        switch status {
        case .notStarted: "#d73027"
        case .inventoried: "#fc8d59"
        case .planApproved: "#fee08b"
        case .compensated: "#d9ef8b"
        case .handedOver: "#1a9850"
        case .disputed: "#7b3294"
        }
    }

    /// A colour for a share from 0 (red) to 1 (green), in five steps.
    public static func color(share: Double) -> String {
        let palette = ["#d73027", "#fc8d59", "#fee08b", "#91cf60", "#1a9850"]
        let i = min(palette.count - 1, max(0, Int((share * Double(palette.count)).rounded(.down))))
        return palette[i]
    }

    /// Gaps (areas no service reaches): red.
    public static let gap = "#e31a1c"
    /// Overlaps between features: orange.
    public static let overlap = "#ff7f00"
    /// Administrative unit outlines: grey, unfilled.
    public static let unit = "#636363"

    /// The simplestyle members for a polygon.
    public static func polygon(fill: String, opacity: Double = 0.5, stroke: String? = nil, strokeWidth: Double = 1,
                               title: String, description: String) -> [(String, AttributeValue)] {
        [("fill", .string(fill)), ("fill-opacity", .number(opacity)), ("stroke", .string(stroke ?? fill)),
         ("stroke-width", .number(strokeWidth)), ("title", .string(title)), ("description", .string(description))]
    }

    /// The simplestyle members for any geometry: a polygon's fill, a line's stroke, a
    /// point's marker (what geojson.io styles for each kind).
    public static func shape(_ geometry: Geometry, color: String, opacity: Double = 0.5, strokeWidth: Double = 2,
                             title: String, description: String) -> [(String, AttributeValue)] {
        if !geometry.polygons.isEmpty {
            return polygon(fill: color, opacity: opacity, strokeWidth: strokeWidth, title: title, description: description)
        }
        switch geometry {
        case .point, .multiPoint:
            return [("marker-color", .string(color)), ("marker-size", .string("medium")), ("title", .string(title)),
                    ("description", .string(description))]
        default:
            return [("stroke", .string(color)), ("stroke-width", .number(strokeWidth)), ("title", .string(title)),
                    ("description", .string(description))]
        }
    }
}
