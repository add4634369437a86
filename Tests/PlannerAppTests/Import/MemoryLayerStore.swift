import Foundation
import Planner

/// A second kind of store, in memory: what ``LayerWriting`` and ``PlanningReading`` ask,
/// kept in arrays, so the import use case is shown to work over any store, not only the
/// GeoPackage one. Used from one test thread at a time (hence `@unchecked Sendable`).
final class MemoryLayerStore: PlanningReading, LayerWriting, @unchecked Sendable {
    private(set) var storedParks: [IndustrialPark] = []
    private(set) var storedParcels: [Parcel] = []
    private(set) var storedUnits: [AdministrativeUnit] = []
    private(set) var storedZones: [LandUseZone] = []
    private(set) var storedWorks: [InfrastructureWork] = []
    private(set) var storedTasks: [PlanTask] = []
    /// Each write, in order ("parks add 11").
    private(set) var writes: [String] = []

    func parks() throws -> [IndustrialPark] { storedParks }
    func parcels() throws -> [Parcel] { storedParcels }
    func units(level: UnitLevel?) throws -> [AdministrativeUnit] { storedUnits.filter { level == nil || $0.level == level } }
    func unitLevels() throws -> [UnitLevel] { storedUnits.map(\.level).reduce(into: []) { if !$0.contains($1) { $0.append($1) } } }
    func zones() throws -> [LandUseZone] { storedZones }
    func works() throws -> [InfrastructureWork] { storedWorks }
    func tasks() throws -> [PlanTask] { storedTasks }

    func save(parks: [IndustrialPark], mode: ImportMode) throws {
        storedParks = mode == .add ? storedParks + parks : parks
        writes.append("parks \(mode) \(parks.count)")
    }

    func save(zones: [LandUseZone], mode: ImportMode) throws {
        storedZones = mode == .add ? storedZones + zones : zones
        writes.append("zones \(mode) \(zones.count)")
    }

    func save(works: [InfrastructureWork], mode: ImportMode) throws {
        storedWorks = mode == .add ? storedWorks + works : works
        writes.append("infrastructure \(mode) \(works.count)")
    }

    func save(tasks: [PlanTask], source: String, mode: ImportMode) throws {
        storedTasks = mode == .add ? storedTasks + tasks : tasks
        writes.append("tasks \(mode) \(tasks.count)")
    }

    func save(units: [AdministrativeUnit], mode: ImportMode, reapportion: @escaping UnitReapportioning) throws {
        storedUnits += units
        let levels = Set(units.map(\.level)), over = storedUnits.filter { levels.contains($0.level) }
        let parkShares = try reapportion(storedParks.map(\.boundary), over)
        for i in storedParks.indices { storedParks[i].units = storedParks[i].units.filter { !levels.contains($0.level) } + parkShares[i] }
        writes.append("units \(mode) \(units.count)")
    }

    func writeParcels<Read>(file: String, mode: ImportMode, retireOn: LocalDate, apportion: @escaping ParcelApportioning,
                            _ read: (_ write: ([Parcel]) throws -> ParcelsWritten?) throws -> Read) throws
        -> (read: Read, notices: [ImportIssue]) {
        var written: [Parcel] = []
        let result = try read { batch in
            written += try apportion(batch)
            return ParcelsWritten(added: written.count)
        }
        storedParcels = mode == .add ? storedParcels + written : written
        writes.append("parcels \(mode) \(written.count)")
        return (result, [])
    }
}
