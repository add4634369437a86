import Foundation
import Geo
import Planner

/// Writes export features into a file GDAL writes (``VectorFileFormat``): geometry in
/// EPSG:9210 metres (KML: WGS 84 lon/lat, transformed here), properties as typed fields
/// (``VectorFieldSchema``), JSON arrays and objects (a parcel's `clearance_history`) as
/// JSON text, so an import reads them back as they were.
///
/// A Shapefile holds at most 254 bytes of text per value: longer JSON (a parcel's
/// ledger) is left empty in the `.dbf` and written whole beside it, one line per feature
/// (`{"id": …, "clearance_history": […]}`) in `NAME.values.jsonl`
/// (``sidecarPath(for:)``), which the import of `NAME.shp` reads back; longer plain text
/// is cut at a character boundary. Both are counted in ``Written/shortened``. A Shapefile also holds one geometry family, so a
/// mixed layer is written as one file per family (``files(for:)``).
public struct VectorFileExporter: Sendable {
    /// The format written.
    public var format: VectorFileFormat

    /// A Shapefile's limit on a text value, in bytes.
    public static let shapefileTextLimit = 254

    /// The file beside a Shapefile holding the JSON values too long for it
    /// (`parcels.shp` → `parcels.values.jsonl`).
    public static func sidecarPath(for path: String) -> String {
        (path as NSString).deletingPathExtension + ".values.jsonl"
    }

    /// What one file received and what it could not keep.
    public struct Written: Sendable {
        /// The file written.
        public var path: String
        /// Features written.
        public var count: Int
        /// Fields whose name the format shortened: (property, field written).
        public var renamedFields: [(asked: String, written: String)]
        /// Per property, the values the format could not hold whole (JSON moved to the
        /// sidecar, text cut).
        public var shortened: [(property: String, values: Int)]
        /// The sidecar written with the JSON values moved out of a Shapefile, if any.
        public var sidecar: String?
    }

    /// Creates the exporter.
    public init(format: VectorFileFormat) { self.format = format }

    /// The geometry families of a layer as file name suffixes: `[""]` when one file holds
    /// them all (every format but Shapefile, or a one-family layer), else one of
    /// `_polygons`, `_lines`, `_points` per family present, in that order.
    public func files(for features: [ExportFeature]) -> [String] {
        guard format == .shp else { return [""] }
        let present = Set(features.map { Self.family($0.geometry) })
        return present.count <= 1 ? [""] : ["_polygons", "_lines", "_points"].filter { present.contains($0) }
    }

    /// Writes a layer read whole: one file `path`, or, for a mixed layer as a Shapefile,
    /// one file per family beside it (`NAME_polygons.shp`, …).
    /// - Throws: ``GeoError`` from GDAL or the transformation.
    public func write(_ features: [ExportFeature], to path: String, layer: String) throws -> [Written] {
        let schema = VectorFieldSchema(features)
        let suffixes = files(for: features)
        return try suffixes.map { suffix in
            let part = suffix.isEmpty ? features : features.filter { Self.family($0.geometry) == suffix }
            let base = (path as NSString).deletingPathExtension, ext = (path as NSString).pathExtension
            var start = 0
            return try write(batches: { () -> ArraySlice<ExportFeature>? in
                guard start < part.count else { return nil }
                defer { start = part.count }
                return part[start...]
            }, feature: { $0 }, schema: schema, to: suffix.isEmpty ? path : base + suffix + "." + ext, layer: layer + suffix)
        }
    }

    /// Writes features made batch by batch into one file; `schema` `nil` takes it from
    /// the first batch (a streamed layer whose properties are the same on every feature),
    /// and `geometryType` `nil` the layer's declared geometry type likewise (a layer read
    /// whole comes in one batch).
    /// - Throws: what `next` or `feature` throw; ``GeoError`` from GDAL or the transformation,
    ///   or when a feature's geometry is not of the declared type.
    public func write<Batch: RandomAccessCollection>(
        batches next: () throws -> Batch?, feature: (Batch.Element) throws -> ExportFeature,
        schema given: VectorFieldSchema? = nil, geometryType: VectorFileWriter.GeometryType? = nil,
        to path: String, layer: String
    ) throws -> Written {
        var writer: VectorFileWriter?
        var schema = given
        var count = 0
        var shortened: [String: Int] = [:]
        var sidecar: ExportSink?
        defer { sidecar?.discard() }
        let crs: CRS = format.isWGS84Only ? .wgs84 : .haiPhongTM3
        // The layer declares the one family of its first batch (all of a layer read whole):
        // QGIS edits a MultiPolygon layer as polygons, not an "Unknown" one.
        func open(_ schema: VectorFieldSchema, _ features: [ExportFeature]) throws -> VectorFileWriter {
            let type = format.declaresGeometryType ? geometryType ?? .of(features.lazy.map(\.geometry)) : .any
            return try VectorFileWriter(path: path, format: format, layerName: layer, crs: crs, fields: schema.fields, geometryType: type)
        }
        while let batch = try next() {
            let features = try batch.map(feature)
            if schema == nil { schema = VectorFieldSchema(features) }
            if writer == nil { writer = try open(schema!, features) }
            for f in features {
                var moved: [(String, AttributeValue)] = []
                let values = schema!.values(of: f).enumerated().map { i, v in
                    fieldValue(v, kind: schema!.fields[i].kind) {
                        shortened[schema!.fields[i].name, default: 0] += 1
                        if case .array = v { moved.append((schema!.fields[i].name, v)) }
                        if case .object = v { moved.append((schema!.fields[i].name, v)) }
                    }
                }
                if !moved.isEmpty {
                    if sidecar == nil { sidecar = try ExportSink(path: Self.sidecarPath(for: path)) }
                    sidecar!.write(JSONText.object([("id", f["id"] ?? .string(f.id))] + moved) + "\n")
                }
                let geometry = format.isWGS84Only ? try f.geometry.transformed(from: .haiPhongTM3, to: .wgs84) : f.geometry
                try writer!.write(geometry: geometry, values: values)
                count += 1
            }
        }
        if writer == nil { writer = try open(schema ?? VectorFieldSchema([]), []) }
        try writer!.close()
        try sidecar?.close()
        let order = writer!.fields.map(\.name)
        return Written(path: path, count: count, renamedFields: writer!.renamedFields,
                       shortened: order.compactMap { name in shortened[name].map { (name, $0) } },
                       sidecar: sidecar.map { _ in Self.sidecarPath(for: path) })
    }

    /// A property value as the field holds it; `lost` is called when the format cannot hold it whole.
    func fieldValue(_ v: AttributeValue, kind: VectorFileWriter.Field.Kind, lost: () -> Void) -> VectorFieldValue {
        switch v {
        case .null: return .null
        case .bool(let b): return kind == .text ? .text(Array(String(b).utf8)) : .integer(b ? 1 : 0)
        case .number(let n):
            switch kind {
            case .integer where n == n.rounded() && abs(n) < 9e15: return .integer(Int64(n))
            case .integer, .real: return .real(n)
            case .text: return .text(Array(JSONText.number(n).utf8))
            }
        case .string(let s): return .text(limited(Array(s.utf8), lost: lost))
        case .array, .object:
            let json = Array(JSONText.value(v).utf8)
            guard format == .shp, json.count > Self.shapefileTextLimit else { return .json(json) }
            lost()
            return .null
        }
    }

    /// Text cut to the Shapefile limit at a UTF-8 character boundary (other formats: whole).
    private func limited(_ bytes: [UInt8], lost: () -> Void) -> [UInt8] {
        guard format == .shp, bytes.count > Self.shapefileTextLimit else { return bytes }
        lost()
        var end = Self.shapefileTextLimit
        while end > 0, bytes[end] & 0xC0 == 0x80 { end -= 1 }
        return Array(bytes[..<end])
    }

    /// The Shapefile family suffix of a geometry.
    static func family(_ g: Geometry) -> String {
        switch g {
        case .point, .multiPoint: "_points"
        case .lineString, .multiLineString: "_lines"
        default: "_polygons"
        }
    }
}
