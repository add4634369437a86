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
}
