import Foundation
import Geo
import Testing
@testable import Planner

@Suite struct LayerImporterTests {
    typealias F = GeoJSONFixture

    @Test func zonesKeepTheirLandUseCode() throws {
        let data = F.collection([F.feature(#"{"id":"Z-1","land_use":"rph"}"#, F.square(106.9, 20.8))])
        let zone = try #require(try LandUseZoneImporter().read(data, file: "zones.geojson", options: ImportOptions()).values.first)
        #expect(zone.landUse == .protectedForest)
        #expect(zone.area.area > 10_000) // ~0.001° square, about 104 m × 111 m
    }

    @Test func unitsNeedALevelFromTheCallerOrTheData() throws {
        let data = F.collection([F.feature(#"{"ma_xa":"11311","name":"Phường Hồng Bàng"}"#, F.square(106.66, 20.86))])
        #expect { try AdministrativeUnitImporter().read(data, file: "wards.geojson", options: ImportOptions(idField: "ma_xa")) } throws: { error in
            (error as? ImportFailure)?.issues.map(\.description) == [#"wards.geojson: feature 0 (id "11311"): missing required property "level" (or give the layer's level)"#]
        }
        let ward = try AdministrativeUnitImporter().read(data, file: "wards.geojson", options: ImportOptions(idField: "ma_xa", level: .commune)).values[0]
        #expect(ward.id == "11311" && ward.level == .commune && ward.name == "Phường Hồng Bàng")
        #expect(ward.attributes.isEmpty)
    }

    @Test func parkKindMustBeKnown() {
        let data = F.collection([F.feature(#"{"id":"X","name":"Xuân Cầu","kind":"free_zone"}"#, F.square(106.8, 20.8))])
        #expect { try ParkImporter().read(data, file: "parks.geojson", options: ImportOptions()) } throws: { error in
            (error as? ImportFailure)?.issues.first?.reason == #"unknown kind "free_zone" (valid: industrial_park, economic_zone, non_tariff_zone, industrial_cluster)"#
        }
    }
}
