import Foundation

extension PlanningData {
    /// Every layer of a folder laid out like `geodata/` (units_districts.geojson,
    /// units_communes.geojson, parks, parcels, zones, infrastructure .geojson and
    /// plan278_tasks.tsv), imported in memory with the product's importers, no store:
    /// parks and parcels apportioned over the districts, communes kept for queries that
    /// apportion on the fly.
    /// - Throws: ``ImportFailure`` when a file is refused.
    public static func importing(folder: URL) throws -> PlanningData {
        func url(_ name: String) -> URL { folder.appendingPathComponent(name) }
        let districts = try AdministrativeUnitImporter().read(contentsOf: url("units_districts.geojson"), options: ImportOptions(level: .district)).values
        let communes = try AdministrativeUnitImporter().read(contentsOf: url("units_communes.geojson"), options: ImportOptions(level: .commune)).values
        let parks = try ParkImporter(units: districts).read(contentsOf: url("parks.geojson")).values
        let parcels = try ParcelImporter(parks: parks, units: districts).read(contentsOf: url("parcels.geojson")).values
        let zones = try LandUseZoneImporter().read(contentsOf: url("zones.geojson")).values
        let works = try InfrastructureImporter().read(contentsOf: url("infrastructure.geojson")).values
        let table = try String(contentsOf: url("plan278_tasks.tsv"), encoding: .utf8)
        let tasks = PlanTaskTableParser(parks: parks).parse(table).tasks
        return PlanningData(parks: parks, parcels: parcels, units: districts + communes, zones: zones, works: works, tasks: tasks)
    }
}
