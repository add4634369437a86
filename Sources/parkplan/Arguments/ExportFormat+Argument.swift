import ArgumentParser
import PlannerApp

/// An export format typed by name (`geojson`, `geojsonseq`, `gpkg`, `shp`, `kml`, `dxf`, `fgb`).
extension ExportFormat: ExpressibleByArgument {
    public init?(argument: String) { self.init(rawValue: argument.lowercased()) }
}
