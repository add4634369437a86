import Geo

/// Writes features as RFC 7946 GeoJSON: WGS 84 lon/lat (transformed from EPSG:9210),
/// exterior rings counter-clockwise and holes clockwise, no `crs` member, a `bbox`,
/// coordinates rounded to `precision` decimals, each feature's `id` and properties kept.
///
/// Streams: features are transformed and formatted in chunks on all cores and written
/// in order, so memory stays bounded by the chunk size whatever the layer's size.
/// `sequence` writes GeoJSONSeq instead (one feature per line, no collection wrapper),
/// which GDAL, QGIS and kepler.gl read.
public struct GeoJSONExporter: Sendable {
    /// Decimal places of degrees kept (7 ≈ 1 cm).
    public var precision: Int
    /// GeoJSONSeq (newline-delimited features) instead of a FeatureCollection.
    public var sequence: Bool
    /// Features formatted per parallel chunk.
    public var chunkSize: Int

    /// Creates an exporter.
    public init(precision: Int = 7, sequence: Bool = false, chunkSize: Int = 8_192) {
        self.precision = precision
        self.sequence = sequence
        self.chunkSize = chunkSize
    }

    /// Writes all features to `sink`; returns the number written.
    /// - Throws: ``GeoError`` when a geometry cannot be transformed.
    @discardableResult
    public func write(_ features: [ExportFeature], to sink: ExportSink, name: String? = nil) throws -> Int {
        var bbox: Envelope?
        if !sequence {
            var head = "{\"type\":\"FeatureCollection\""
            if let name { head += ",\"name\":" + JSONText.string(name) }
            sink.write(head + ",\"features\":[\n")
        }
        var first = true
        var start = 0
        while start < features.count {
            let end = min(features.count, start + chunkSize)
            let slice = Array(features[start..<end])
            let parts = try ParallelChunks.map(count: slice.count) { range -> (String, Envelope?) in
                let writer = GeoJSONWriter(precision: precision)
                var text = ""
                var box: Envelope?
                for f in slice[range] {
                    let lonLat = try f.geometry.transformed(from: .haiPhongTM3, to: .wgs84)
                    if let e = lonLat.envelope { if box == nil { box = e } else { box!.expand(toInclude: e) } }
                    text += featureText(f, lonLat, writer)
                    text += "\n"
                }
                return (text, box)
            }
            for (text, box) in parts where !text.isEmpty {
                if let box { if bbox == nil { bbox = box } else { bbox!.expand(toInclude: box) } }
                if sequence {
                    sink.write(text)
                } else {
                    // Join features with commas: each chunk's lines, then between chunks.
                    var lines = text.split(separator: "\n", omittingEmptySubsequences: true)
                    if !first { sink.write(",\n") }
                    first = false
                    sink.write(lines.removeFirst() + "")
                    for line in lines { sink.write(",\n" + line) }
                }
            }
            start = end
        }
        if !sequence {
            let writer = GeoJSONWriter(precision: precision)
            let box = bbox.map { "[\(writer.number($0.minX)),\(writer.number($0.minY)),\(writer.number($0.maxX)),\(writer.number($0.maxY))]" }
            sink.write("\n]" + (box.map { ",\"bbox\":" + $0 } ?? "") + "}\n")
        }
        sink.flush()
        return features.count
    }

    private func featureText(_ f: ExportFeature, _ lonLat: Geometry, _ writer: GeoJSONWriter) -> String {
        var text = "{\"type\":\"Feature\",\"id\":" + JSONText.string(f.id)
        if let e = lonLat.envelope, sequence {
            text += ",\"bbox\":[\(writer.number(e.minX)),\(writer.number(e.minY)),\(writer.number(e.maxX)),\(writer.number(e.maxY))]"
        }
        text += ",\"properties\":" + JSONText.object(f.properties)
        text += ",\"geometry\":" + (lonLat.isEmpty ? "null" : writer.string(lonLat)) + "}"
        return text
    }
}
