import Geo

/// A geometry read from a GeoPackage blob, with the header it came with.
public struct DecodedGeometry: Hashable, Sendable {
    /// The geometry, in the units of SRS ``srsID``.
    public var geometry: Geometry
    /// The blob's header (flags, envelope, byte order).
    public var header: GeoPackageBinaryHeader

    /// The SRS id stored in the blob.
    public var srsID: Int32 { header.srsID }
}
