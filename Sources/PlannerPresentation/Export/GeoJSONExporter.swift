import Geo
import Planner

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
        var start = 0
        return try write(batches: { () -> ArraySlice<ExportFeature>? in
            guard start < features.count else { return nil }
            defer { start = min(features.count, start + chunkSize) }
            return features[start..<min(features.count, start + chunkSize)]
        }, feature: { $0 }, to: sink, name: name)
    }

    /// Writes features made batch by batch, in order: `next` gives the next batch of
    /// items (`nil` at the end), `feature` makes each item's feature; making, transforming
    /// and formatting run on all cores per batch while the one before is written and the
    /// next one read. Memory is bounded by three batches, so a store can stream a layer of any size. Returns the number of features written.
    /// - Throws: what `next` or `feature` throws; ``GeoError`` when a geometry cannot be transformed.
    @discardableResult
    public func write<Batch: RandomAccessCollection & Sendable>(
        batches next: () throws -> Batch?, feature: @escaping @Sendable (Batch.Element) throws -> ExportFeature,
        to sink: ExportSink, name: String? = nil
    ) throws -> Int where Batch.Index == Int {
        var bbox: Envelope?
        if !sequence {
            var head = "{\"type\":\"FeatureCollection\""
            if let name { head += ",\"name\":" + JSONText.string(name) }
            sink.write(head + ",\"features\":[\n")
        }
        let separator = sequence ? "" : ",\n"
        var first = true
        var written = 0
        // Writes a formatted batch, each chunk freed once written.
        func writeOut(_ chunks: consuming [([UInt8], Envelope?)]) {
            chunks.reverse()
            while let (text, box) = chunks.popLast() {
                guard !text.isEmpty else { continue }
                if let box { if bbox == nil { bbox = box } else { bbox!.expand(toInclude: box) } }
                if !sequence, !first { sink.write(separator) }
                first = false
                sink.write(text)
            }
        }
        // Batch k is formatted on the other threads while batch k − 1 is written and batch
        // k + 1 read (writing a batch before starting the next one's formatting left the
        // cores idle for a quarter of a second of writes at 100 000 parcels). One batch
        // is formatted at a time.
        var formatting: BackgroundWork<[([UInt8], Envelope?)]>?
        while let batch = try next() {
            let formatted = try formatting?.take()
            formatting = BackgroundWork { [self] in try format(batch, feature) }
            written += batch.count
            if let formatted { writeOut(formatted) }
        }
        if let formatted = try formatting?.take() { writeOut(formatted) }
        if !sequence {
            var tail = Array("\n]".utf8)
            if let bbox {
                tail.append(contentsOf: ",\"bbox\":".utf8)
                appendBBox(bbox, DegreeText(precision: precision), to: &tail)
            }
            tail.append(contentsOf: "}\n".utf8)
            sink.write(tail)
        }
        sink.flush()
        return written
    }

    /// One batch's features as UTF-8 text (joined as the output needs) and their lon/lat
    /// envelope, in parallel chunks, chunk order kept.
    private func format<Batch: RandomAccessCollection & Sendable>(
        _ batch: Batch, _ feature: @Sendable (Batch.Element) throws -> ExportFeature
    ) throws -> [([UInt8], Envelope?)] where Batch.Index == Int {
        let base = batch.startIndex
        return try ParallelChunks.map(count: batch.count) { range -> ([UInt8], Envelope?) in
            let writer = GeoJSONWriter(precision: precision)
            let degrees = DegreeText(precision: precision)
            var text: [UInt8] = []
            // A parcel with its history is about 1.4 kB.
            text.reserveCapacity(range.count * 1_536)
            var box: Envelope?
            for i in range {
                let f = try feature(batch[base + i])
                let lonLat = try f.geometry.transformed(from: .haiPhongTM3, to: .wgs84)
                let envelope = lonLat.envelope
                if let e = envelope { if box == nil { box = e } else { box!.expand(toInclude: e) } }
                if !sequence, i != range.lowerBound { text.append(contentsOf: ",\n".utf8) }
                appendFeature(f, lonLat, envelope, writer, degrees, to: &text)
                if sequence { text.append(UInt8(ascii: "\n")) }
            }
            return (text, box)
        }
    }

    private func appendBBox(_ e: Envelope, _ degrees: DegreeText, to text: inout [UInt8]) {
        text.append(UInt8(ascii: "["))
        degrees.append(e.minX, to: &text)
        text.append(UInt8(ascii: ","))
        degrees.append(e.minY, to: &text)
        text.append(UInt8(ascii: ","))
        degrees.append(e.maxX, to: &text)
        text.append(UInt8(ascii: ","))
        degrees.append(e.maxY, to: &text)
        text.append(UInt8(ascii: "]"))
    }

    private func appendFeature(_ f: ExportFeature, _ lonLat: Geometry, _ envelope: Envelope?, _ writer: GeoJSONWriter,
                               _ degrees: DegreeText, to text: inout [UInt8]) {
        text.append(contentsOf: #"{"type":"Feature","id":"#.utf8)
        JSONText.append(string: f.id, to: &text)
        if let envelope, sequence {
            text.append(contentsOf: #","bbox":"#.utf8)
            appendBBox(envelope, degrees, to: &text)
        }
        text.append(contentsOf: #","properties":"#.utf8)
        JSONText.append(object: f.properties, to: &text)
        text.append(contentsOf: #","geometry":"#.utf8)
        if lonLat.isEmpty { text.append(contentsOf: "null".utf8) } else { writer.write(lonLat, into: &text) }
        text.append(UInt8(ascii: "}"))
    }
}
