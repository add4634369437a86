import Foundation
import Planner
import PlannerPresentation

/// Exporting stored layers as RFC 7946 GeoJSON (WGS 84 lon/lat, from EPSG:9210) or
/// GeoJSONSeq, styled for geojson.io: one layer to a file (or standard output), or every
/// layer into a folder, one file each. Parcels stream from the store in batches (bounded
/// memory for a city's million); the other layers are small and read whole.
public struct ExportLayers: Sendable {
    /// The layers that export, in the order `all` writes them.
    public static let layerNames = ["parks", "parcels", "units", "zones", "infrastructure"]

    /// One of ``layerNames``, or "all".
    public var layer: String
    /// Parcels' clearance status as of this day.
    public var asOf: LocalDate
    /// GeoJSONSeq (one feature per line) instead of a FeatureCollection.
    public var sequence: Bool
    /// Decimal places of degrees (7 ≈ 1 cm).
    public var precision: Int
    /// The file (one layer; `nil`: standard output) or folder (all; `nil`: `export/`).
    public var output: String?

    /// Creates the export.
    public init(layer: String = "all", asOf: LocalDate, sequence: Bool = false, precision: Int = 7, output: String? = nil) {
        self.layer = layer
        self.asOf = asOf
        self.sequence = sequence
        self.precision = precision
        self.output = output
    }

    /// Writes each layer, calling `wrote` after each with its path (`nil`: standard
    /// output) and feature count.
    /// - Throws: store, GEOS and write errors.
    public func run(_ store: any PlanningReading & ParcelStreamReading, wrote: (_ path: String?, _ features: Int) -> Void) throws {
        let exporter = GeoJSONExporter(precision: precision, sequence: sequence)
        let ext = sequence ? "geojsonl" : "geojson"
        let layers = layer == "all" ? Self.layerNames : [layer]
        let folder = layer == "all" ? (output ?? "export") : nil
        if let folder { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
        for name in layers {
            // One layer without -o goes to standard output, as every query's answer does.
            let path = folder.map { ($0.hasSuffix("/") ? $0 : $0 + "/") + "\(name).\(ext)" } ?? output
            let count: Int
            if name == "parcels", let streamed = try streamParcels(store, exporter: exporter, path: path) {
                count = streamed
            } else {
                let features = try Self.features(name, store: store, asOf: asOf)
                let sink = try path.map(ExportSink.init(path:)) ?? ExportSink()
                try exporter.write(features, to: sink, name: name)
                try sink.close()
                count = features.count
            }
            wrote(path, count)
        }
    }

    /// Streams the parcels to `path` (`nil`: standard output); the count, or `nil`
    /// (nothing written) when the store cannot stream them in id order.
    private func streamParcels(_ store: any ParcelStreamReading, exporter: GeoJSONExporter, path: String?) throws -> Int? {
        let asOf = asOf
        return try store.streamParcels(asOf: asOf) { next in
            let sink = try path.map(ExportSink.init(path:)) ?? ExportSink()
            let count = try exporter.write(batches: next, feature: { row in ExportFeature.parcel(try row.record(), asOf: asOf) },
                                           to: sink, name: "parcels")
            try sink.close()
            return count
        }
    }

    /// The export features of a layer read whole.
    static func features(_ layer: String, store: any PlanningReading, asOf: LocalDate) throws -> [ExportFeature] {
        switch layer {
        case "parks": return try store.parks().map { ExportFeature.park($0) }
        case "parcels": return try store.parcels().filter { $0.isActive(on: asOf) }.map { ExportFeature.parcel($0, asOf: asOf) }
        case "units": return try store.units(level: nil).map(ExportFeature.unit)
        case "zones": return try store.zones().map(ExportFeature.zone)
        default: return try store.works().map(ExportFeature.work)
        }
    }
}
