import Geo
import Testing
@testable import Planner

@Suite struct UnitApportionmentTests {
    let units = [
        AdministrativeUnit(id: "W", name: "Xã Tây", level: .commune, boundary: TestFixtures.box(596_000, 2_307_000, 596_100, 2_307_100)),
        AdministrativeUnit(id: "E", name: "Phường Đông", level: .commune, boundary: TestFixtures.box(596_100, 2_307_000, 596_200, 2_307_100)),
    ]

    @Test func squareStraddlingTwoUnitsAt30And70() throws {
        let square = TestFixtures.box(596_070, 2_307_000, 596_170, 2_307_100) // 100 × 100 m
        let shares = try UnitApportionment(units: units).shares(of: square)
        #expect(shares.map(\.unitId) == ["E", "W"])
        #expect(abs(shares[0].share - 0.7) < 1e-9)
        #expect(abs(shares[1].share - 0.3) < 1e-9)
        #expect(abs(shares[1].areaM2 - 3000) < 1e-6)
        #expect(abs(shares.reduce(0) { $0 + $1.share } - 1) < 1e-9)
        #expect(shares[0].unitName == "Phường Đông" && shares[0].level == .commune)
    }

    @Test func partlyOutsideTheLayerSumsBelowOneAndEdgeContactIsNoShare() throws {
        let apportionment = UnitApportionment(units: units)
        let hangingOut = TestFixtures.box(596_150, 2_307_050, 596_250, 2_307_150) // 50 × 50 m of 10 000 m² inside E
        let shares = try apportionment.shares(of: hangingOut)
        #expect(shares.map(\.unitId) == ["E"])
        #expect(abs(shares[0].share - 0.25) < 1e-9)
        let touching = TestFixtures.box(596_200, 2_307_000, 596_300, 2_307_100)
        #expect(try apportionment.shares(of: touching).isEmpty)
    }

    @Test func parkImportComputesItsUnits() throws {
        let ring = [[596_070.0, 2_307_000.0], [596_170, 2_307_000], [596_170, 2_307_100], [596_070, 2_307_100], [596_070, 2_307_000]]
        let data = GeoJSONFixture.collection([GeoJSONFixture.feature(
            #"{"id":"TT","name":"Tiên Thanh","kind":"industrial_park","approved_area_ha":410,"alt_names":["KCN Tiên Thanh"]}"#,
            GeoJSONFixture.polygon(ring))], crs: "EPSG:9210")
        let park = try #require(try ParkImporter(units: units).read(data, file: "parks.geojson", options: ImportOptions()).values.first)
        #expect(park.units.map(\.unitId) == ["E", "W"])
        #expect(park.approvedAreaHa == 410)
        #expect(abs(park.boundaryAreaHa - 1) < 1e-9)
        #expect(park.alternateNames == ["KCN Tiên Thanh"])
    }
}
