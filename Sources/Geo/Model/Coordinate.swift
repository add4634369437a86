/// A 2-D position. `x` is longitude or easting, `y` is latitude or northing, always in
/// that order (lon/lat), whatever axis order a CRS declares.
///
/// Units are those of the geometry's CRS: degrees for EPSG:4326, metres for EPSG:9210.
/// The layout (two `Double`s, 16 bytes) matches GEOS's interleaved XY buffers.
public struct Coordinate: Hashable, Sendable, Codable {
    /// Longitude (degrees) or easting (metres).
    public var x: Double
    /// Latitude (degrees) or northing (metres).
    public var y: Double

    /// Creates a coordinate from `x` (lon/easting) and `y` (lat/northing).
    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }

    /// Creates a coordinate from `x` (lon/easting) and `y` (lat/northing).
    public init(_ x: Double, _ y: Double) {
        self.init(x: x, y: y)
    }

    /// True when both ordinates are finite (not NaN, not infinite).
    public var isFinite: Bool { x.isFinite && y.isFinite }
}
