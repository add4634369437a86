import Geo

/// What importing a layer asks of a store; ``PlanningReading`` gives what is already
/// stored. Every call is one transaction: all of it is stored or none, and a refusal
/// leaves the store exactly as it was. Geometry is in EPSG:9210 (metres).
///
/// The import use case (`PlannerApp`'s `ImportLayer`) reads and checks the file with the
/// Planner importers and works out what is derived (unit shares by
/// ``UnitShareCalculator``); the store only writes, refusing what conflicts with what it
/// holds. `PlannerStore`'s GeoPackage store and `PlannerPostGIS`'s PostGIS store conform.
public protocol LayerWriting: Sendable {
    /// Stores parks with their unit shares (``IndustrialPark/units``).
    /// - Throws: a conflict naming the ids already stored (`.add`); with `.replace`, parks
    ///   still named by parcels, works or tasks but missing from `parks`.
    func save(parks: [IndustrialPark], mode: ImportMode) throws

    /// Stores land-use zones.
    /// - Throws: a conflict naming the ids already stored (`.add`).
    func save(zones: [LandUseZone], mode: ImportMode) throws

    /// Stores power, water and telecom works.
    /// - Throws: a conflict naming the ids already stored (`.add`).
    func save(works: [InfrastructureWork], mode: ImportMode) throws

    /// Stores plan task rows and the parks they name; `source` names the plan (its file).
    /// - Throws: a conflict naming the references already stored (`.add`).
    func save(tasks: [PlanTask], source: String, mode: ImportMode) throws

    /// Stores administrative units (`.replace` replaces only the levels in `units`) and, in
    /// the same transaction, replaces those levels' shares of every stored park and parcel
    /// by `reapportion`.
    /// - Throws: a conflict naming the ids already stored at their level (`.add`).
    func save(units: [AdministrativeUnit], mode: ImportMode, reapportion: @escaping UnitReapportioning) throws

    /// Writes a parcel layer of any size in one transaction: `read` reads and checks the
    /// file and hands each checked batch to `write`, which stores it (`.add`: inserts;
    /// `.update`/`.replace`: updates by id keeping every ledger entry, adds the new
    /// parcels; `.replace` then retires on `retireOn` the parcels the file lacks). A parcel
    /// written without unit shares, or whose boundary changed, gets them from `apportion`.
    /// If `read` throws, nothing is stored.
    /// - Returns: what `read` returned, and the store's notices (statuses kept from the
    ///   ledger, resurveys), each naming `file`.
    /// - Throws: a conflict naming the ids already stored (`.add`) or given twice.
    func writeParcels<Read>(file: String, mode: ImportMode, retireOn: LocalDate,
                            apportion: @escaping ParcelApportioning,
                            _ read: (_ write: ([Parcel]) throws -> ParcelsWritten?) throws -> Read) throws
        -> (read: Read, notices: [ImportIssue])
}

/// The unit shares of owners (parks or parcels) from their boundaries (EPSG:9210), one
/// list per boundary in the same order, over the given units.
public typealias UnitReapportioning = @Sendable (_ boundaries: [Geometry], _ units: [AdministrativeUnit]) throws -> [[UnitShare]]

/// The parcels given, with the unit shares of those that have none filled in.
public typealias ParcelApportioning = (_ parcels: [Parcel]) throws -> [Parcel]
