import Geo

/// The header in front of the WKB in a GeoPackage geometry blob (GeoPackage 1.4, §2.1.3):
/// magic "GP", version 0, a flags byte, the SRS id and an optional envelope.
///
/// Flags byte, bit 7 → 0: `00 X Y EEE B` — X extended type, Y empty geometry,
/// EEE envelope contents (0 none, 1 xy, 2 xyz, 3 xym, 4 xyzm), B byte order
/// (1 little-endian) of the header's srs_id and envelope.
public struct GeoPackageBinaryHeader: Hashable, Sendable {
    /// The blob format version (always 0 in GeoPackage 1.x).
    public var version: UInt8
    /// The flags byte as stored.
    public var flags: UInt8
    /// The SRS id (`gpkg_spatial_ref_sys.srs_id`).
    public var srsID: Int32
    /// The x/y envelope when the header carries one and it is not NaN, in the SRS's units.
    public var envelope: Envelope?
    /// Where the WKB starts in the blob (8 + envelope size).
    public var wkbOffset: Int

    /// The envelope contents indicator: 0 none, 1 [minx, maxx, miny, maxy], 2 +z, 3 +m, 4 +z+m.
    public var envelopeType: Int { Int((flags >> 1) & 0x07) }
    /// True when the header's srs_id and envelope are little-endian.
    public var isLittleEndian: Bool { flags & 0x01 != 0 }
    /// True when the empty-geometry flag is set.
    public var isEmpty: Bool { flags & 0x10 != 0 }
    /// True for an extended (non-standard) geometry type.
    public var isExtended: Bool { flags & 0x20 != 0 }

    /// Bytes of envelope for each envelope contents indicator 0…4.
    static let envelopeSizes = [0, 32, 48, 48, 64]

    /// Parses the header at the start of `bytes`.
    /// - Throws: ``StoreError`` (`.geometryBlob`) for bad magic, an unknown version,
    ///   envelope type 5–7, an extended type or a blob too short for its header.
    public static func parse(_ bytes: UnsafeRawBufferPointer) throws -> GeoPackageBinaryHeader {
        func fail(_ m: String) -> StoreError { StoreError(.geometryBlob, message: m) }
        guard bytes.count >= 8 else { throw fail("blob of \(bytes.count) bytes is too short for a GeoPackage header (8 bytes)") }
        guard bytes[0] == 0x47, bytes[1] == 0x50 else {
            throw fail("bad magic 0x\(hex(bytes[0]))\(hex(bytes[1])) (expected 0x4750, 'GP'): not a GeoPackage geometry")
        }
        let version = bytes[2], flags = bytes[3]
        guard version == 0 else { throw fail("unsupported GeoPackageBinary version \(version) (expected 0)") }
        let envelopeType = Int((flags >> 1) & 0x07)
        guard envelopeType <= 4 else { throw fail("invalid envelope contents indicator \(envelopeType) (0…4 allowed)") }
        guard flags & 0x20 == 0 else { throw fail("extended GeoPackageBinary geometries are not supported") }
        let little = flags & 0x01 != 0
        let wkbOffset = 8 + envelopeSizes[envelopeType]
        guard bytes.count >= wkbOffset else {
            throw fail("blob of \(bytes.count) bytes is too short for its envelope (needs \(wkbOffset))")
        }
        let srs = Int32(bitPattern: readUInt32(bytes, 4, little))
        var envelope: Envelope?
        if envelopeType > 0 {
            let minX = readDouble(bytes, 8, little), maxX = readDouble(bytes, 16, little)
            let minY = readDouble(bytes, 24, little), maxY = readDouble(bytes, 32, little)
            if !(minX.isNaN || maxX.isNaN || minY.isNaN || maxY.isNaN) {
                envelope = Envelope(minX: minX, minY: minY, maxX: maxX, maxY: maxY)
            }
        }
        return GeoPackageBinaryHeader(version: version, flags: flags, srsID: srs, envelope: envelope, wkbOffset: wkbOffset)
    }

    private static func hex(_ b: UInt8) -> String {
        let s = String(b, radix: 16, uppercase: true)
        return s.count == 1 ? "0" + s : s
    }

    private static func readUInt32(_ b: UnsafeRawBufferPointer, _ at: Int, _ little: Bool) -> UInt32 {
        var v: UInt32 = 0
        for i in 0..<4 { v |= UInt32(b[at + i]) << (8 * UInt32(i)) }
        return little ? v : v.byteSwapped
    }

    private static func readDouble(_ b: UnsafeRawBufferPointer, _ at: Int, _ little: Bool) -> Double {
        var v: UInt64 = 0
        for i in 0..<8 { v |= UInt64(b[at + i]) << (8 * UInt64(i)) }
        return Double(bitPattern: little ? v : v.byteSwapped)
    }
}
