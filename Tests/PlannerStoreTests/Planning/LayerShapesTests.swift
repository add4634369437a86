import Foundation
import Testing
@testable import Geo
@testable import Planner
@testable import PlannerStore

/// The lean reader (ids and geometries only) gives what the full readers give.
@Suite struct LayerShapesTests {
    @Test func shapesEqualTheFullReadersLayerByLayer() throws {
        let tmp = try TemporaryGeoPackage("shapes.gpkg")
        let store = try ShippedDataStore.make(at: tmp.path)
        #expect(try store.shapes(of: .parcels) == OverlapLayer.parcels(store.parcels()))
        #expect(try store.shapes(of: .parks) == OverlapLayer.parks(store.parks()))
        #expect(try store.shapes(of: .zones) == OverlapLayer.zones(store.zones()))
        let rice: Set<LandUseCode> = [.riceLand, .protectedForest]
        let lean = try store.shapes(of: .zones, landUses: rice)
        #expect(lean == OverlapLayer.zones(try store.zones(), landUses: rice))
        #expect(!lean.features.isEmpty)
        #expect(try store.shapes(of: .zones, landUses: []).features.isEmpty)
        for level in try store.unitLevels() {
            let units = try store.shapes(of: .units, level: level)
            #expect(units == OverlapLayer.units(try store.units(), level: level))
            #expect(units.name == "units:\(level)")
        }
    }

    @Test func nonPolygonLayersAndUnitsWithoutALevelAreRefused() throws {
        let tmp = try TemporaryGeoPackage("shapes-refused.gpkg")
        let store = try PlanningStore.create(at: tmp.path)
        #expect(throws: StoreError.self) { try store.shapes(of: .infrastructure) }
        #expect(throws: StoreError.self) { try store.shapes(of: .units) }
        #expect(try store.shapes(of: .parcels).features.isEmpty)
    }

    @Test func loadingSomeLayersLeavesTheOthersEmpty() throws {
        let tmp = try TemporaryGeoPackage("some-layers.gpkg")
        let store = try ShippedDataStore.make(at: tmp.path)
        let data = try store.load([.parks, .infrastructure])
        #expect(data.parks == (try store.parks()))
        #expect(data.works == (try store.works()))
        #expect(data.parcels.isEmpty && data.units.isEmpty && data.zones.isEmpty && data.tasks.isEmpty)
    }

    /// The batches of the apportioning read are `shapes(of:)` cut in pieces, whether the
    /// parcels are stored in id order (read by cursor) or not (read whole and sorted).
    @Test(arguments: [false, true])
    func shapeBatchesAreTheShapesInIdOrder(reversed: Bool) throws {
        let tmp = try TemporaryGeoPackage("batches-\(reversed).gpkg")
        let shipped = try ShippedDataStore.make(at: tmp.path)
        let parcels = try shipped.parcels()
        let store = try PlanningStore.create(at: tmp.path + ".2.gpkg")
        defer { try? FileManager.default.removeItem(atPath: tmp.path + ".2.gpkg") }
        try store.save(parcels: reversed ? parcels.reversed() : parcels)
        let whole = try store.shapes(of: .parcels).features
        #expect(whole.count == parcels.count && whole.count > 7)
        let batches = try store.geoPackage.read { reader in
            var batches = try ShapeBatches(of: .parcels, size: 3, reader)
            var out: [[OverlapLayer.Feature]] = []
            while let batch = try batches.next() { out.append(batch) }
            return out
        }
        #expect(batches.flatMap { $0 } == whole)
        #expect(batches.dropLast().allSatisfy { $0.count == 3 })
        #expect((1...3).contains(batches.last?.count ?? 0))
    }
}

