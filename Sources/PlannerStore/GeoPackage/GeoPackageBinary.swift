import Foundation
import Geo

/// Encodes and decodes GeoPackage geometry blobs (GeoPackage 1.4, §2.1.3 "GeoPackageBinary"):
/// a ``GeoPackageBinaryHeader`` followed by ISO WKB from `Geo`'s ``WKBWriter``.
///
/// Written blobs are little-endian with envelope type 1 ([minx, maxx, miny, maxy]) for
/// non-empty geometries and envelope type 0 plus the empty flag for empty ones. Reading
/// accepts envelope types 0–4 and either byte order.
public enum GeoPackageBinary {
    /// Flags of a written non-empty blob: envelope type 1, little-endian (0b0000_0011).
    public static let nonEmptyFlags: UInt8 = 0x03
    /// Flags of a written empty blob: empty bit, no envelope, little-endian (0b0001_0001).
    public static let emptyFlags: UInt8 = 0x11

    /// The GeoPackage blob of `geometry` in SRS `srsID`.
    public static func encode(_ geometry: Geometry, srsID: Int32) -> [UInt8] {
        [UInt8](encodeData(geometry, srsID: srsID, envelope: geometry.planarEnvelope))
    }

    /// The blob as `Data`, with the envelope already computed (`nil` for empty), the form
    /// the bulk insert binds.
    static func encodeData(_ geometry: Geometry, srsID: Int32, envelope: Envelope?) -> Data {
        let wkb = WKBWriter.data(geometry)
        var out = Data(capacity: 40 + wkb.count)
        out.append(contentsOf: [0x47, 0x50, 0, envelope == nil ? emptyFlags : nonEmptyFlags]) // "GP", version 0
        append(UInt32(bitPattern: srsID), &out)
        if let e = envelope {
            append(e.minX.bitPattern, &out)
            append(e.maxX.bitPattern, &out)
            append(e.minY.bitPattern, &out)
            append(e.maxY.bitPattern, &out)
        }
        out.append(contentsOf: wkb)
        return out
    }

    /// The geometry, SRS id and header of a GeoPackage blob.
    /// - Throws: ``StoreError`` (`.geometryBlob`) for a bad header or bad WKB.
    public static func decode(_ bytes: [UInt8]) throws -> DecodedGeometry {
        let header = try bytes.withUnsafeBytes { try GeoPackageBinaryHeader.parse($0) }
        do {
            let (geometry, _) = try WKBReader.geometry(bytes, from: header.wkbOffset)
            return DecodedGeometry(geometry: geometry, header: header)
        } catch let e as GeoError {
            throw StoreError(.geometryBlob, message: "bad WKB after the GeoPackage header: \(e.message)")
        }
    }

    /// Decodes a blob held in `Data` (as SQLite hands it over).
    public static func decode(_ data: Data) throws -> DecodedGeometry {
        try decode([UInt8](data))
    }

    /// The x/y envelope of a blob: from its header when present, otherwise by decoding
    /// the WKB; `nil` for an empty geometry. Used by the R-tree SQL functions.
    static func envelope(of data: Data) throws -> Envelope? {
        let header = try data.withUnsafeBytes { try GeoPackageBinaryHeader.parse($0) }
        if header.isEmpty { return nil }
        if let e = header.envelope { return e }
        return try decode(data).geometry.planarEnvelope
    }

    /// True when the blob's empty flag is set (or it holds an empty geometry and no flag).
    static func isEmpty(_ data: Data) throws -> Bool {
        let header = try data.withUnsafeBytes { try GeoPackageBinaryHeader.parse($0) }
        if header.isEmpty { return true }
        if header.envelope != nil { return false }
        return try decode(data).geometry.isEmpty
    }

    private static func append(_ v: UInt32, _ out: inout Data) {
        withUnsafeBytes(of: v.littleEndian) { out.append(contentsOf: $0) }
    }

    private static func append(_ v: UInt64, _ out: inout Data) {
        withUnsafeBytes(of: v.littleEndian) { out.append(contentsOf: $0) }
    }
}
