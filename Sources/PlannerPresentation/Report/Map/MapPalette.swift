import Planner

/// The report's map colours: the planner's ``FeatureStyle`` colours for clearance,
/// gaps and overlaps, plus one colour per utility and quiet greys for context.
public enum MapPalette {
    /// The five cleared-share classes (0–20 % … 80–100 %), as ``FeatureStyle/color(share:)`` paints them.
    public static let shareClasses: [(lower: Double, color: String)] =
        [0, 0.2, 0.4, 0.6, 0.8].map { ($0, FeatureStyle.color(share: $0 + 0.1)) }
    /// A park with no parcels mapped.
    public static let noParcels = "#c6dbef"
    /// Park outlines.
    public static let parkOutline = "#08306b"
    /// Administrative unit outlines.
    public static let unitOutline = FeatureStyle.unit

    /// A utility's colour: power orange, water blue, telecom purple.
    public static func color(_ utility: Utility) -> String {
        switch utility {
        case .power: "#d95f02"
        case .water: "#1f78b4"
        case .telecom: "#7570b3"
        }
    }

    /// A land-use zone's fill: rice land pale green, forest green, water blue, others grey-beige.
    public static func color(_ landUse: LandUseCode) -> String {
        switch landUse.rawValue {
        case "LUC", "LUK", "LUN": "#c7e9c0"
        case "RPH", "RDD", "RSX": "#41ab5d"
        case "SON", "MNC", "NTS": "#9ecae1"
        case "SKK", "SKC", "SKN": "#bcbddc"
        default: "#e7d4a8"
        }
    }
}
