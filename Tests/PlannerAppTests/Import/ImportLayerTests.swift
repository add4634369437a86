import Foundation
import Planner
import PlannerApp
import PlannerStore
import Testing
import TestSupport

/// The import use case over a store other than the GeoPackage one: the same checked values
/// and unit shares reach it, in the shipped order, one write a layer.
@Suite struct ImportLayerTests {
    static let geodata = Repository.root.appendingPathComponent("geodata")

    @Test func theShippedDataGoesIntoAnotherStoreWithTheValuesTheGeoPackageHolds() throws {
        let memory = MemoryLayerStore()
        let reports = try ShippedData.importAll(from: Self.geodata.path, into: memory)
        #expect(reports.map(\.layer) == ShippedData.files.map(\.layer))
        #expect(memory.writes == ["units add 14", "units add 25", "parks add 11", "zones add 29",
                                  "infrastructure add 36", "parcels add 2500", "tasks add 32"])
        let shipped = try PlanningStore.open(at: try ShippedStore.path)
        func byId<T>(_ values: [T], _ id: (T) -> String) -> [String: T] { Dictionary(uniqueKeysWithValues: values.map { (id($0), $0) }) }
        let parks = byId(try shipped.parks(), \.id), parcels = byId(try shipped.parcels(), \.id)
        #expect(Set(memory.storedParks.map(\.id)) == Set(parks.keys))
        for p in memory.storedParks { #expect(Set(p.units) == Set(parks[p.id]?.units ?? []), "park \(p.id)") }
        #expect(memory.storedParcels.count == parcels.count)
        var differing = 0
        for p in memory.storedParcels where p.parkId != parcels[p.id]?.parkId || Set(p.units) != Set(parcels[p.id]?.units ?? []) { differing += 1 }
        #expect(differing == 0)
        #expect(memory.storedTasks.map(\.parkIds) == (try shipped.tasks()).map(\.parkIds))
    }

    @Test func updateIsRefusedForAnyLayerButParcelsBeforeAnythingIsWritten() throws {
        let memory = MemoryLayerStore()
        let refusal = #expect(throws: ImportModeRefusal.self) {
            _ = try ImportLayer(into: memory).run(Self.geodata.appendingPathComponent("parks.geojson"), as: .parks, mode: .update)
        }
        #expect(refusal?.layer == .parks)
        #expect(refusal?.description == "--update updates parcels by id; for parks use --replace")
        #expect(memory.writes.isEmpty)
    }
}
