import Geo
import Testing
@testable import Planner

/// Issue #12, item 7: the right park for a parcel given none, and which parks lie in which.
@Suite struct ParkLocatorTests {
    typealias F = QueryFixtures
    /// A 1 000 × 1 000 m economic zone listed first (the old rule's tie-break favoured it),
    /// an industrial park inside it, and a park outside both.
    static let zone = IndustrialPark(id: "ZONE", name: "Zone", kind: .economicZone, boundary: F.box(0, 0, 1_000, 1_000))
    static let inner = F.park("INNER", F.box(100, 100, 300, 300))
    static let outside = F.park("OUT", F.box(2_000, 0, 2_100, 100))
    static let parks = [zone, inner, outside]

    static func locate(_ g: Geometry, _ parks: [IndustrialPark] = parks) throws -> String? {
        try ParkLocator(parks: parks, nesting: ParkNesting(parks: parks)).park(containingMostOf: g)?.parkId
    }

    @Test func aParkMostlyInsideAZoneIsNestedInIt() throws {
        let nesting = try ParkNesting(parks: Self.parks)
        #expect(nesting.isNested("INNER", in: "ZONE"))
        #expect(!nesting.isNested("ZONE", in: "INNER"))
        #expect(nesting.nested["ZONE"] == ["INNER"] && nesting.containers["INNER"] == ["ZONE"])
        #expect(nesting.groups(of: "INNER") == ["INNER", "ZONE"])
        #expect(nesting.withNested(["ZONE"]) == ["ZONE", "INNER"])
        // Two parks touching by a corner overlap (under half of the smaller): not nested.
        let a = F.park("A", F.box(0, 0, 100, 100)), b = F.park("B", F.box(90, 90, 300, 300))
        #expect(try ParkNesting(parks: [a, b]).containers.isEmpty)
    }

    @Test func aParcelInsideTheNestedParkGoesToThePark() throws {
        // Wholly in both: the old rule gave it to the zone, listed first.
        #expect(try Self.locate(F.box(150, 150, 160, 160)) == "INNER")
        // 60 % in the park, 100 % in the zone: the park (most of it lies there).
        #expect(try Self.locate(F.box(260, 150, 310, 160)) == "INNER")
        // 40 % in the park: the zone holds most of it.
        #expect(try Self.locate(F.box(280, 150, 330, 160)) == "ZONE")
        // Outside the park, inside the zone; outside both; in no park at all.
        #expect(try Self.locate(F.box(500, 500, 510, 510)) == "ZONE")
        #expect(try Self.locate(F.box(2_010, 10, 2_020, 20)) == "OUT")
        #expect(try Self.locate(F.box(5_000, 5_000, 5_010, 5_010)) == nil)
    }

    @Test func betweenTwoParksTheLargerShareWinsAndATieGoesToTheSmallerPark() throws {
        let big = F.park("BIG", F.box(0, 0, 1_000, 100)), small = F.park("SMALL", F.box(1_000, 0, 1_100, 100))
        #expect(try Self.locate(F.box(990, 10, 1_030, 20), [big, small]) == "SMALL") // 75 % in SMALL
        #expect(try Self.locate(F.box(970, 10, 1_010, 20), [big, small]) == "BIG")   // 75 % in BIG
        #expect(try Self.locate(F.box(990, 10, 1_010, 20), [big, small]) == "SMALL") // 50/50: the smaller park
    }

    @Test func theShareInANamedParkIsMeasured() throws {
        let locator = ParkLocator(parks: Self.parks, nesting: try ParkNesting(parks: Self.parks))
        let straddling = F.box(280, 150, 330, 160)
        #expect(abs(try #require(try locator.share(of: straddling, inPark: "INNER")) - 0.4) < 1e-9)
        #expect(try locator.share(of: straddling, inPark: "OUT") == 0)
        #expect(try locator.share(of: straddling, inPark: "NO-SUCH-PARK") == nil)
    }

    @Test func aParcelWithoutParkIsImportedIntoTheNestedParkAndANamedParkOutsideIsNoted() throws {
        typealias G = GeoJSONFixture
        // The same layout moved near Hai Phong, in EPSG:9210.
        let (dx, dy) = (596_000.0, 2_307_000.0)
        func box(_ a: Double, _ b: Double, _ c: Double, _ d: Double) -> Geometry { F.box(a + dx, b + dy, c + dx, d + dy) }
        func ring(_ a: Double, _ b: Double, _ c: Double, _ d: Double) -> String {
            G.polygon([[a + dx, b + dy], [c + dx, b + dy], [c + dx, d + dy], [a + dx, d + dy], [a + dx, b + dy]])
        }
        let parks = [IndustrialPark(id: "ZONE", name: "Zone", kind: .economicZone, boundary: box(0, 0, 1_000, 1_000)),
                     F.park("INNER", box(100, 100, 300, 300))]
        let data = G.collection([
            G.feature(G.parcel("P-1"), ring(150, 150, 160, 160)),
            G.feature(G.parcel("P-2", #""park":"INNER""#), ring(280, 150, 330, 160)),
            G.feature(G.parcel("P-3", #""park":"INNER""#), ring(150, 150, 160, 160)),
        ], crs: "urn:ogc:def:crs:EPSG::9210")
        let result = try ParcelImporter(parks: parks).read(data, file: "p.geojson", options: ImportOptions())
        #expect(result.values.map(\.parkId) == ["INNER", "INNER", "INNER"])
        #expect(result.notices.map(\.description) == [#"p.geojson: feature 1 (id "P-2"): parcel lies mostly outside its park "INNER": 40.0 % of its area inside"#])
    }
}
