import Foundation
import Testing
@testable import Geo
@testable import Planner
@testable import PlannerStore
import TestSupport

@Suite struct PlanningStoreImportTests {
    @Test func shippedDataImportsWithTheRightCounts() throws {
        let tmp = try TemporaryGeoPackage("shipped.gpkg")
        let store = try ShippedDataStore.make(at: tmp.path)
        let counts = try store.counts()
        #expect(counts[.parks] == (try ShippedDataStore.featureCount("parks.geojson")))
        #expect(counts[.parcels] == (try ShippedDataStore.featureCount("parcels.geojson")))
        #expect(counts[.zones] == (try ShippedDataStore.featureCount("zones.geojson")))
        #expect(counts[.infrastructure] == (try ShippedDataStore.featureCount("infrastructure.geojson")))
        #expect(counts[.units] == (try ShippedDataStore.featureCount("units_districts.geojson"))
                + (try ShippedDataStore.featureCount("units_communes.geojson")))
        #expect(try store.unitLevels() == [.commune, .district])
    }

    @Test func storedValuesComeBackAsImported() throws {
        let tmp = try TemporaryGeoPackage()
        let store = try ShippedDataStore.make(at: tmp.path)
        let imported = try ParcelImporter(parks: store.parks()).read(contentsOf: PackagePaths.geodata("parcels.geojson")).values
        let stored = Dictionary(uniqueKeysWithValues: try store.parcels().map { ($0.id, $0) })
        for p in imported.prefix(200) {
            let s = try #require(stored[p.id])
            #expect(s.clearance == p.clearance)
            #expect(s.parkId == p.parkId)
            #expect(s.plannedHandover == p.plannedHandover)
            #expect(s.households == p.households)
            #expect(abs(s.areaM2 - p.areaM2) < 1e-6)
            #expect(s.attributes == p.attributes)
        }
        let tienThanh = try #require(try store.parks().first { $0.id == "tien-thanh" })
        #expect(abs(tienThanh.boundaryAreaHa - 410) < 0.5)
        #expect(tienThanh.name == "Tiên Thanh")
    }

    @Test func parcelsAndParksAreApportionedOverEveryLevel() throws {
        let tmp = try TemporaryGeoPackage()
        let store = try ShippedDataStore.make(at: tmp.path)
        for parcel in try store.parcels().prefix(300) {
            for level in [UnitLevel.district, .commune] {
                let total = parcel.units.filter { $0.level == level }.reduce(0) { $0 + $1.share }
                #expect(abs(total - 1) < 1e-6, "parcel \(parcel.id) \(level): shares sum to \(total)")
            }
        }
        let park = try #require(try store.parks().first { $0.id == "tien-thanh" })
        #expect(park.units.filter { $0.level == .commune }.count >= 2, "Tiên Thanh straddles communes")
    }

    @Test func unitsImportedAfterParcelsReapportionThem() throws {
        let tmp = try TemporaryGeoPackage()
        let store = try PlanningStore.create(at: tmp.path)
        _ = try store.importFile(PackagePaths.geodata("parks.geojson"), as: .parks)
        _ = try store.importFile(PackagePaths.geodata("parcels.geojson"), as: .parcels)
        #expect(try store.parcels().allSatisfy { $0.units.isEmpty })
        _ = try store.importFile(PackagePaths.geodata("units_communes.geojson"), as: .units,
                                 options: ImportOptions(level: .commune))
        let parcels = try store.parcels()
        #expect(parcels.allSatisfy { abs($0.units.reduce(0) { $0 + $1.share } - 1) < 1e-6 })
        #expect(try store.parks().first { $0.id == "an-hoa" }?.units.isEmpty == false)
    }

    @Test func realDistrictsImportWithGSOCodes() throws {
        let url = PackagePaths.fixture("haiphong_districts.geojson")
        let tmp = try TemporaryGeoPackage()
        let store = try PlanningStore.create(at: tmp.path)
        let report = try store.importFile(url, as: .units, options: ImportOptions(idField: "gso_code", level: .district))
        #expect(report.count == 15)
        let units = try store.units(level: .district)
        #expect(units.count == 15)
        #expect(Set(units.map(\.id)).contains("312"))
        let total = units.reduce(0) { $0 + $1.boundary.area } / 1_000_000
        #expect(abs(total - 1_344.8) < 5, "total \(total) km²")
        #expect(units.allSatisfy { $0.name == $0.name.precomposedStringWithCanonicalMapping })
    }

    @Test func planTaskTableImportsCompletely() throws {
        let tmp = try TemporaryGeoPackage()
        let store = try ShippedDataStore.make(at: tmp.path)
        let tasks = try store.tasks()
        #expect(tasks.count == 32)
        let bySection = Dictionary(grouping: tasks, by: \.section).mapValues(\.count)
        #expect(bySection[.power] == 3 && bySection[.water] == 2 && bySection[.telecom] == 1 && bySection[.clearance] == 2)
        #expect(tasks.first { $0.reference == "B.10.1" }?.section == .power)
        let linked = Set(tasks.flatMap(\.parkIds))
        #expect(linked.isSuperset(of: ["tien-thanh", "nam-trang-cat", "an-hoa", "nomura"]))
    }
}
