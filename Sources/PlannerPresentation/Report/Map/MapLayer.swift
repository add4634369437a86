/// One layer of an ``SVGMap``: features drawn one by one, or a ``MapGrid`` of cells
/// where the features are too many for the map's scale.
public enum MapLayer: Sendable, Hashable {
    /// Each feature as its own path (or dots), with its tooltip.
    case features([MapFeature])
    /// Cells of the map's picture.
    case grid(MapGrid)

    /// The styles drawn, for the hatch patterns the map defines.
    var styles: [MapStyle] {
        switch self {
        case .features(let features): features.map(\.style)
        case .grid(let grid): grid.classes.map(\.style)
        }
    }
}
