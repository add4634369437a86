import Foundation
import Geo
import Planner
import PlannerPresentation

/// A layer's features in a window of the map (`GET /api/v1/features/LAYER?bbox=…&zoom=Z`),
/// as `export` writes them (the same properties and styling), simplified for the zoom so
/// that a city's million parcels stay quick to draw.
///
/// The window is WGS 84 lon/lat; it is taken to EPSG:9210 (its corners and edge
/// midpoints) to ask the store's spatial index. Parcels come through the R-tree; the other
/// layers are small and filtered by their envelopes. Simplification keeps each shape
/// within half a pixel of itself at the zoom (Web Mercator's 256-pixel tiles at Hai
/// Phong's latitude) and its topology; from zoom ``fullDetailZoom`` on nothing is dropped.
public struct FeatureWindow: Sendable {
    /// One of ``ExportLayers/layerNames``.
    public var layer: String
    /// The window, WGS 84 degrees (minX = west longitude … maxY = north latitude).
    public var bbox: Envelope
    /// The map's zoom level (0–24).
    public var zoom: Int
    /// Parcels' status as of this day.
    public var asOf: LocalDate

    /// From this zoom on, shapes are sent whole.
    public static let fullDetailZoom = 18

    /// Creates the window.
    public init(layer: String, bbox: Envelope, zoom: Int, asOf: LocalDate) {
        self.layer = layer
        self.bbox = bbox
        self.zoom = zoom
        self.asOf = asOf
    }

    /// The window read from request parameters `bbox=minlon,minlat,maxlon,maxlat`,
    /// `zoom=Z` (default 14), `as_of`.
    /// - Throws: ``OptionRefusal`` naming the parameter.
    public init(layer: String, parameters: QueryParameters, today: LocalDate = .today) throws(OptionRefusal) {
        guard ExportLayers.layerNames.contains(layer) else {
            throw OptionRefusal(parameter: "layer", "unknown layer '\(layer)'; use \(ExportLayers.layerNames.joined(separator: ", "))")
        }
        try parameters.refuseUnknown(["bbox", "zoom", "as_of"])
        guard let text = try parameters.single("bbox") else {
            throw OptionRefusal(parameter: "bbox", "required: minlon,minlat,maxlon,maxlat in degrees (WGS 84)")
        }
        let parts = text.split(separator: ",", omittingEmptySubsequences: false).map { Double($0.trimmingCharacters(in: .whitespaces)) }
        guard parts.count == 4, let w = parts[0], let s = parts[1], let e = parts[2], let n = parts[3] else {
            throw OptionRefusal(parameter: "bbox", "'\(text)' is not four numbers minlon,minlat,maxlon,maxlat")
        }
        guard (-180...180).contains(w), (-180...180).contains(e), (-90...90).contains(s), (-90...90).contains(n), w < e, s < n else {
            throw OptionRefusal(parameter: "bbox", "'\(text)' is not a box: longitudes −180…180 west < east, latitudes −90…90 south < north")
        }
        let zoom = try parameters.number("zoom") ?? 14
        guard zoom == zoom.rounded(), (0...24).contains(zoom) else {
            throw OptionRefusal(parameter: "zoom", "must be a whole number from 0 to 24")
        }
        self.init(layer: layer, bbox: Envelope(minX: w, minY: s, maxX: e, maxY: n), zoom: Int(zoom), asOf: try parameters.date("as_of") ?? today)
    }

    /// Half a pixel at this zoom, in metres (0 from ``fullDetailZoom`` on).
    public var tolerance: Double {
        guard zoom < Self.fullDetailZoom else { return 0 }
        let latitude = (bbox.minY + bbox.maxY) / 2 * .pi / 180
        return 156_543.034 * cos(latitude) / pow(2, Double(zoom)) / 2
    }

    /// The features whose envelope meets the window, simplified, in EPSG:9210.
    /// - Throws: store, PROJ and GEOS errors.
    public func run(_ store: any PlanningReading & WindowReading) throws -> [ExportFeature] {
        let window = try workingWindow()
        let features: [ExportFeature]
        if layer == "parcels" {
            features = try store.parcels(within: window, asOf: asOf).map { ExportFeature.parcel($0, asOf: asOf) }
        } else {
            features = try ExportLayers.features(layer, store: store, asOf: asOf).filter { f in
                guard let e = f.geometry.envelope else { return false }
                return e.minX <= window.maxX && e.maxX >= window.minX && e.minY <= window.maxY && e.maxY >= window.minY
            }
        }
        let tolerance = self.tolerance
        guard tolerance > 0 else { return features }
        return try features.map { f in
            var simple = f
            simple.geometry = try f.geometry.simplified(tolerance: tolerance)
            return simple
        }
    }

    /// The window in EPSG:9210: the envelope of its corners and edge midpoints.
    func workingWindow() throws -> Envelope {
        let xs = [bbox.minX, (bbox.minX + bbox.maxX) / 2, bbox.maxX]
        let ys = [bbox.minY, (bbox.minY + bbox.maxY) / 2, bbox.maxY]
        var points = xs.flatMap { x in ys.map { y in Coordinate(x, y) } }
        try CoordinateTransformer.cached(from: .wgs84, to: .haiPhongTM3).transform(&points)
        guard let e = Envelope(of: points) else { throw OptionRefusal(parameter: "bbox", "the box cannot be taken to EPSG:9210") }
        return e
    }
}

extension FeatureWindow {
    /// The features as an RFC 7946 FeatureCollection, written by the exporter `export`
    /// uses (7 decimals of degrees), through a scratch file it removes.
    /// - Throws: as ``run(_:)``; write errors.
    public func geoJSON(_ store: any PlanningReading & WindowReading) throws -> Data {
        let features = try run(store)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("parkplan-window-\(UUID().uuidString).geojson").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let sink = try ExportSink(path: path)
        try GeoJSONExporter().write(features, to: sink, name: layer)
        try sink.close()
        return try Data(contentsOf: URL(fileURLWithPath: path))
    }
}
