import Foundation
import Geo
import Planner

/// The layers shipped in `geodata/`, imported once with the product's importers: parks
/// and parcels apportioned over the districts, communes kept for on-the-fly apportionment.
enum ShippedData {
    /// The package root (three folders above this file).
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let loaded: Result<PlanningData, any Error> = Result { try load() }

    /// A report date inside the shipped histories (events run from 2021 to 2026).
    static let asOf = LocalDate(year: 2025, month: 12, day: 31)!

    static func load() throws -> PlanningData {
        let folder = packageRoot.appendingPathComponent("geodata")
        func url(_ name: String) -> URL { folder.appendingPathComponent(name) }
        let districts = try AdministrativeUnitImporter().read(contentsOf: url("units_districts.geojson"), options: ImportOptions(level: .district)).values
        let communes = try AdministrativeUnitImporter().read(contentsOf: url("units_communes.geojson"), options: ImportOptions(level: .commune)).values
        let parks = try ParkImporter(units: districts).read(contentsOf: url("parks.geojson")).values
        let parcels = try ParcelImporter(parks: parks, units: districts).read(contentsOf: url("parcels.geojson")).values
        let zones = try LandUseZoneImporter().read(contentsOf: url("zones.geojson")).values
        let works = try InfrastructureImporter().read(contentsOf: url("infrastructure.geojson")).values
        let table = try String(contentsOf: url("plan278_tasks.tsv"), encoding: .utf8)
        let tasks = PlanTaskTableParser(parks: NameIndex(parks: parks)).parse(table).tasks
        return PlanningData(parks: parks, parcels: parcels, units: districts + communes, zones: zones, works: works, tasks: tasks)
    }
}
