import Foundation
import Geo
import Testing
@testable import Planner

/// A parcel's `unit` is checked like its `park`: against the units stored, and refused
/// when there are none to check it against (it was once written with level "unknown").
@Suite struct UnitReferenceTests {
    typealias F = GeoJSONFixture

    @Test func unitWithNoUnitsStoredIsRefused() throws {
        let data = F.collection([F.feature(F.parcel("P-1", #""unit":"99999""#), F.square(106.68, 20.86))])
        do {
            _ = try ParcelImporter().read(data, file: "parcels.geojson", options: ImportOptions())
            Issue.record("a unit that cannot be checked was accepted")
        } catch {
            #expect(error.issues.count == 1)
            #expect(error.issues.first?.kind == .unknownValue)
            #expect(error.issues.first?.featureId == "P-1")
            #expect(error.issues.first?.reason.contains("unit \"99999\" cannot be checked") == true)
        }
    }

    @Test func unknownUnitAmongStoredUnitsIsRefusedAndAKnownOneKept() throws {
        let ward = AdministrativeUnit(id: "11311", name: "Phường An Hải", level: UnitLevel(rawValue: "commune"),
                                      boundary: TestFixtures.box(0, 0, 1, 1))
        let importer = ParcelImporter(units: [ward])
        let known = F.collection([F.feature(F.parcel("P-1", #""unit":"Phuong An Hai""#), F.square(106.68, 20.86))])
        let parcels = try importer.read(known, file: "parcels.geojson", options: ImportOptions()).values
        #expect(parcels.first?.units.map(\.unitId) == ["11311"])
        #expect(parcels.first?.units.first?.level.rawValue == "commune")
        let unknown = F.collection([F.feature(F.parcel("P-2", #""unit":"99999""#), F.square(106.68, 20.86))])
        #expect(throws: ImportFailure.self) { try importer.read(unknown, file: "parcels.geojson", options: ImportOptions()) }
    }
}
