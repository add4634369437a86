import Foundation
import Geo
import GRDB

/// The value of a feature table's geometry column: a GeoPackage geometry blob
/// (GeoPackageBinary, GeoPackage 1.4 §2.1.3) in the SRS of its table. Written from a
/// ``Geo/Geometry``; decoded only when asked (``geometry()``), so lean reads can carry
/// the blob and decode it on any thread.
public struct GeoPackageGeometry: Sendable, Codable, DatabaseValueConvertible {
    /// The blob, header and WKB.
    public var blob: Data
    /// The x/y bounds written in the header (units of the SRS), `nil` for an empty
    /// geometry or one read back (see ``GeoPackageBinary/decode(_:)-(Data)``).
    public private(set) var envelope: Envelope?

    /// A blob read from a file.
    public init(blob: Data) { self.blob = blob }

    /// The blob of `geometry`, coordinates in the units of SRS `srsID` (metres for EPSG:9210).
    public init(_ geometry: Geometry, srsID: Int32) {
        envelope = geometry.planarEnvelope
        blob = GeoPackageBinary.encodeData(geometry, srsID: srsID, envelope: envelope)
    }

    /// The decoded geometry, in the units of the blob's SRS.
    /// - Throws: ``StoreError`` (`.geometryBlob`) for a bad blob.
    public func geometry() throws -> Geometry { try GeoPackageBinary.decode(blob).geometry }

    /// The blob, as SQLite stores it.
    public var databaseValue: DatabaseValue { blob.databaseValue }

    /// A BLOB value as a geometry; `nil` for anything else.
    public static func fromDatabaseValue(_ value: DatabaseValue) -> GeoPackageGeometry? {
        guard case .blob(let data) = value.storage else { return nil }
        return GeoPackageGeometry(blob: data)
    }

    /// The blob alone.
    public init(from decoder: any Decoder) throws { blob = try decoder.singleValueContainer().decode(Data.self) }

    /// The blob alone.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(blob)
    }
}
