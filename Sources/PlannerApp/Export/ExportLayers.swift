import Foundation
import Geo
import Planner
import PlannerPresentation

/// Exporting stored layers as RFC 7946 GeoJSON (WGS 84 lon/lat, from EPSG:9210) or
/// GeoJSONSeq, styled for geojson.io, or as a file GDAL writes (``ExportFormat``:
/// GeoPackage, Shapefile, KML, DXF, FlatGeobuf, in EPSG:9210 but KML): one layer to a file
/// (GeoJSON: or standard output), or every layer into a folder, one file each. Parcels
/// stream from the store in batches (bounded memory for a city's million); the other
/// layers are small and read whole. A parcel's `clearance_history` (its whole ledger) is
/// a JSON array in GeoJSON and JSON text in the other formats, read back by the import.
public struct ExportLayers: Sendable {
    /// The layers that export, in the order `all` writes them.
    public static let layerNames = ["parks", "parcels", "units", "zones", "infrastructure"]

    /// One of ``layerNames``, or "all".
    public var layer: String
    /// Parcels' clearance status as of this day.
    public var asOf: LocalDate
    /// The format written.
    public var format: ExportFormat
    /// GeoJSONSeq (one feature per line) instead of a FeatureCollection.
    public var sequence: Bool { format == .geojsonseq }
    /// Decimal places of degrees (7 ≈ 1 cm).
    public var precision: Int
    /// The file (one layer; `nil`: standard output) or folder (all; `nil`: `export/`).
    public var output: String?

    /// Creates the export.
    /// Creates the export; `sequence` asks for GeoJSONSeq whatever `format` says.
    public init(layer: String = "all", asOf: LocalDate, format: ExportFormat = .geojson, sequence: Bool = false,
                precision: Int = 7, output: String? = nil) {
        self.layer = layer
        self.asOf = asOf
        self.format = sequence ? .geojsonseq : format
        self.precision = precision
        self.output = output
    }

    /// Writes each layer, calling `wrote` after each file with its path (`nil`: standard
    /// output) and feature count, and `noted` with what a format could not keep (field
    /// names shortened and where the mapping is, values left out).
    /// - Throws: store, GEOS, GDAL and write errors; ``UseCaseRefusal`` for a GDAL format
    ///   of one layer without an output file.
    public func run(_ store: any PlanningReading & ParcelStreamReading, wrote: (_ path: String?, _ features: Int) -> Void,
                    noted: (String) -> Void = { _ in }) throws {
        if let vector = format.vectorFormat { return try runVector(store, vector, wrote: wrote, noted: noted) }
        let exporter = GeoJSONExporter(precision: precision, sequence: sequence)
        let ext = format.fileExtension
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

    /// Writes each layer through GDAL (``VectorFileOutput``).
    private func runVector(_ store: any PlanningReading & ParcelStreamReading, _ vector: VectorFileFormat,
                           wrote: (_ path: String?, _ features: Int) -> Void, noted: (String) -> Void) throws {
        let layers = layer == "all" ? Self.layerNames : [layer]
        let folder = layer == "all" ? (output ?? "export") : nil
        guard folder != nil || output != nil else {
            throw ExportNeedsFile(format: format)
        }
        if let folder { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
        let out = VectorFileOutput(format: vector)
        let asOf = asOf
        for name in layers {
            let path = folder.map { ($0.hasSuffix("/") ? $0 : $0 + "/") + "\(name).\(format.fileExtension)" } ?? output!
            var files: [VectorFileExporter.Written]?
            if name == "parcels" {
                files = try store.streamParcels(asOf: asOf) { next in
                    // Parcels are polygons (the import refuses anything else): one MultiPolygon layer.
                    try out.write(batches: next, feature: { row in ExportFeature.parcel(try row.record(), asOf: asOf) },
                                  geometryType: .multiPolygon, to: path, layer: name)
                }
            }
            if files == nil { files = try out.write(Self.features(name, store: store, asOf: asOf), to: path, layer: name) }
            for file in files! {
                wrote(file.path, file.count)
                Self.notes(file, format: vector).forEach(noted)
            }
        }
    }

    /// What a written file could not keep, in words.
    public static func notes(_ file: VectorFileExporter.Written, format: VectorFileFormat) -> [String] {
        var notes: [String] = []
        if !file.renamedFields.isEmpty {
            let pairs = file.renamedFields.map { "\($0.asked) → \($0.written)" }.joined(separator: ", ")
            notes.append("\(file.path): field names shortened to 10 characters (\(pairs)); the mapping is in "
                         + "\(VectorFileOutput.fieldMapPath(for: file.path)) (import --field-map)")
        }
        for (property, count) in file.shortened {
            let whole = file.sidecar.map { "written whole in \($0) (import reads it beside the .shp)" } ?? "cut (a Shapefile's limit)"
            notes.append("\(file.path): \(count) values of \(property) longer than \(VectorFileExporter.shapefileTextLimit) bytes "
                         + (property == "clearance_history" ? whole : "cut (a Shapefile's limit)"))
        }
        return notes
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
