/// The one error type of the `Geo` module: a failure reported by GEOS, PROJ or GDAL, or input
/// that cannot be turned into a geometry. `message` carries the library's own words.
public struct GeoError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Where the failure came from.
    public enum Kind: String, Sendable {
        /// GEOS raised an exception (its message is kept).
        case geos
        /// PROJ could not create or run a transformation.
        case proj
        /// GDAL could not open or read a dataset (its message is kept).
        case gdal
        /// The input is not a well-formed geometry (ring not closed, too few points, NaN…).
        case invalidGeometry
        /// Text or bytes (WKT, WKB, GeoJSON) could not be parsed.
        case parse
    }

    /// Where the failure came from.
    public var kind: Kind
    /// The operation that failed, e.g. "intersection" or "transform EPSG:4326→EPSG:9210".
    public var operation: String
    /// The library's message, or a sentence saying what is wrong with the input.
    public var message: String

    /// Creates an error.
    public init(_ kind: Kind, operation: String, message: String) {
        self.kind = kind
        self.operation = operation
        self.message = message
    }

    /// "geos error in intersection: TopologyException: …".
    public var description: String { "\(kind.rawValue) error in \(operation): \(message)" }
}
