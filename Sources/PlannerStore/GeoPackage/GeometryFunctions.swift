import Foundation
import GRDB
import Geo

/// The SQL functions over GeoPackage geometry blobs that the `gpkg_rtree_index` triggers
/// call (GeoPackage 1.4, F.3): `ST_IsEmpty`, `ST_MinX`, `ST_MaxX`, `ST_MinY`, `ST_MaxY`.
/// Registered on every connection a ``GeoPackage`` opens.
enum GeometryFunctions {
    /// The five functions, ready for `Database.add(function:)`.
    static let all: [DatabaseFunction] = [
        DatabaseFunction("ST_IsEmpty", argumentCount: 1, pure: true) { args in
            guard let blob = blob(args[0]) else { return nil }
            return try GeoPackageBinary.isEmpty(blob) ? 1 : 0
        },
        bound("ST_MinX", \.minX),
        bound("ST_MaxX", \.maxX),
        bound("ST_MinY", \.minY),
        bound("ST_MaxY", \.maxY),
    ]

    /// Registers the functions on a connection.
    static func register(on db: Database) {
        for f in all { db.add(function: f) }
    }

    /// A function returning one bound of the blob's envelope, NULL for NULL or empty.
    private static func bound(_ name: String, _ key: KeyPath<Envelope, Double> & Sendable) -> DatabaseFunction {
        DatabaseFunction(name, argumentCount: 1, pure: true) { args in
            guard let blob = blob(args[0]) else { return nil }
            return try GeoPackageBinary.envelope(of: blob)?[keyPath: key]
        }
    }

    private static func blob(_ value: DatabaseValue) -> Data? {
        if case .blob(let d) = value.storage { return d }
        return nil
    }
}
