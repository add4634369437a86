import Planner

/// The planning store on PostgreSQL/PostGIS: the same storage protocols as the GeoPackage
/// store, for a record shared by several machines, service instances and QGIS users.
///
/// Reads stream rows with geometry as binary WKB (`ST_AsBinary`, EPSG:9210 metres) and
/// compute in Swift over them with the domain's own rules, so every answer is the one the
/// GeoPackage store gives for the same record. Writes to the clearance ledger take the
/// parcel's row lock and append the next seq (see ``recordClearance(parcelId:_:reason:)``).
public final class PostGISStore: Sendable {
    /// Where the store lives (its description carries no password).
    public let location: PostGISLocation
    let connection: PostGISConnection
    /// Clearance answers read as the record stood at this moment (`nil`: now).
    let asRecorded: RecordedTime?

    private init(_ connection: PostGISConnection, asRecorded: RecordedTime?) {
        self.connection = connection
        self.location = connection.location
        self.asRecorded = asRecorded
    }

    /// Opens the existing store at `location`, migrating an older schema to this release's.
    /// - Throws: ``PostGISError`` when the server cannot be reached, holds no ParkPlanner
    ///   store there, or was written by a newer release.
    public static func open(_ location: PostGISLocation, asRecorded: RecordedTime? = nil) throws -> PostGISStore {
        let connection = try PostGISConnection(location)
        let version = try connection.session("reading the schema version") { try PostGISMigrator.version($0) }
        guard version > 0 else {
            throw PostGISError("no ParkPlanner store at \(location); create one with `parkplan import parks FILE --store \(location)` or `parkplan store copy --from FILE.gpkg --to \(location)`")
        }
        try PostGISMigrator.checkNotNewer(version, location)
        if version < PostGISMigrator.newest { try PostGISMigrator.migrate(connection) }
        return PostGISStore(connection, asRecorded: asRecorded)
    }

    /// Opens the store at `location`, creating its schema and tables first if missing.
    /// - Throws: as ``open(_:asRecorded:)``.
    public static func create(_ location: PostGISLocation) throws -> PostGISStore {
        let connection = try PostGISConnection(location)
        try PostGISMigrator.migrate(connection)
        return PostGISStore(connection, asRecorded: nil)
    }

    /// The same store, its clearance answers read as the record stood at `moment` (`nil`: now).
    public func asRecorded(_ moment: RecordedTime?) -> PostGISStore {
        PostGISStore(connection, asRecorded: moment)
    }

    /// The schema version of the store (``PostGISMigrator/newest`` once opened).
    public func schemaVersion() throws -> Int {
        try connection.session("reading the schema version") { try PostGISMigrator.version($0) }
    }
}
