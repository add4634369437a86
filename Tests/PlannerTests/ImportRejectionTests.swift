import Foundation
import Geo
import Testing
@testable import Planner

/// Every kind of bad input gives an issue naming the file, the feature index, its id and the reason.
@Suite struct ImportRejectionTests {
    typealias F = GeoJSONFixture
    let good = F.square(106.68, 20.86)

    func issues(_ data: Data, file: String = "parcels.geojson", options: ImportOptions = ImportOptions()) -> [ImportIssue] {
        do {
            _ = try ParcelImporter().read(data, file: file, options: options)
            Issue.record("import was accepted")
            return []
        } catch { return error.issues }
    }

    func single(_ properties: String, _ geometry: String, crs: String? = nil) -> ImportIssue? {
        let found = issues(F.collection([F.feature(F.parcel("P-0"), good), F.feature(properties, geometry)], crs: crs))
        #expect(found.count == 1, "\(found)")
        #expect(found.first?.file == "parcels.geojson")
        #expect(found.first?.featureIndex == 1)
        return found.first
    }

    @Test func selfIntersectionWithLocation() {
        let bowTie = F.polygon([[106.68, 20.86], [106.681, 20.861], [106.681, 20.86], [106.68, 20.861], [106.68, 20.86]])
        let issue = single(F.parcel("TT-0012"), bowTie)
        #expect(issue?.kind == .invalidGeometry)
        #expect(issue?.description == #"parcels.geojson: feature 1 (id "TT-0012"): invalid geometry: Self-intersection at (106.6805, 20.8605)"#)
    }

    @Test func ringNotClosedAndTooFewPoints() {
        let open = F.polygon([[106.68, 20.86], [106.681, 20.86], [106.681, 20.861], [106.68, 20.861]])
        #expect(single(F.parcel("P-1"), open)?.reason.contains("invalid geometry: Ring not closed") == true)
        let short = F.polygon([[106.68, 20.86], [106.681, 20.86], [106.68, 20.86]])
        #expect(single(F.parcel("P-1"), short)?.reason.contains("invalid geometry: Too few points") == true)
    }

    @Test func wrongTypeAndEmptyGeometry() {
        let point = #"{"type":"Point","coordinates":[106.68,20.86]}"#
        #expect(single(F.parcel("P-1"), point)?.reason == "wrong geometry type Point (expected Polygon or MultiPolygon)")
        #expect(single(F.parcel("P-1"), #"{"type":"Polygon","coordinates":[]}"#)?.kind == .emptyGeometry)
        #expect(single(F.parcel("P-1"), "null")?.reason.hasPrefix("empty geometry") == true)
    }

    @Test func nonFiniteCoordinates() {
        // JSON has no NaN literal and a number too large for a Double is refused by the parser…
        let huge = F.polygon([[106.68, 20.86], [1e999, 20.86], [106.681, 20.861], [106.68, 20.86]])
        let parsed = issues(F.collection([F.feature(F.parcel("P-1"), huge)]))
        #expect(parsed.first?.kind == .malformedJSON)
        // …so a NaN can only reach the checks from a geometry built in code.
        let nan = Geometry.polygon(Polygon(exterior: [Coordinate(106.68, 20.86), Coordinate(.nan, 20.86),
                                                      Coordinate(106.681, 20.861), Coordinate(106.68, 20.86)]))
        let checks = FeatureChecks(file: "parcels.geojson", sourceCRS: .wgs84, options: ImportOptions(), rule: .polygonal)
        var properties = PropertyReader(["id": .string("P-1")])
        var found = FeatureIssues(file: "parcels.geojson", index: 4)
        let checked = checks.check(SourceFeature(index: 4, properties: [:], geometry: .success(nan)), &properties, &found)
        #expect(checked.geometry == nil)
        #expect(found.issues.map(\.description) == [#"parcels.geojson: feature 4 (id "P-1"): NaN or infinite coordinate at vertex 1: (nan, 20.86)"#])
    }

    @Test func lonLatSwapIsDetectedInTheSourceCRS() {
        let swapped = F.polygon([[20.86, 106.68], [20.86, 106.681], [20.861, 106.681], [20.86, 106.68]])
        let issue = single(F.parcel("P-1"), swapped)
        #expect(issue?.kind == .outsideVietnam)
        #expect(issue?.reason.contains("lat/lon swapped") == true)
        #expect(issue?.featureId == "P-1")
    }

    @Test func coordinatesFarOutsideVietnam() {
        let issue = single(F.parcel("P-1"), F.square(2.35, 48.85))
        #expect(issue?.reason.contains("far outside Vietnam") == true)
        #expect(issue?.reason.contains("lat/lon swapped") == false)
    }

    @Test func degreesDeclaredAsEPSG9210AreCaughtAfterTransforming() {
        let data = F.collection([F.feature(F.parcel("P-0"), good)], crs: "urn:ogc:def:crs:EPSG::9210")
        let found = issues(data)
        #expect(found.count == 1)
        #expect(found.first?.kind == .outsideVietnam)
        #expect(found.first?.reason.contains("look like degrees, not EPSG:9210 metres") == true)
    }

    @Test func duplicateIdNamesBothIndices() {
        let found = issues(F.collection([F.feature(F.parcel("P-1"), good), F.feature(F.parcel("P-2"), good), F.feature(F.parcel("P-1"), good)]))
        #expect(found.count == 1)
        #expect(found.first?.description == #"parcels.geojson: feature 2 (id "P-1"): duplicate id "P-1" (features 0 and 2)"#)
    }

    @Test func missingRequiredPropertiesAreAllListed() {
        let issue = single(#"{"id":"P-1","clearance":"inventoried","clearance_date":"2024-03-01"}"#, good)
        #expect(issue?.reason == #"missing required property "land_use""#)
        let found = issues(F.collection([F.feature(#"{"land_use":"LUC"}"#, good)]))
        #expect(found.map(\.reason) == [#"missing required property "id""#, #"missing required property "clearance""#])
        #expect(found.first?.featureId == nil)
    }

    @Test func unknownStatusListsTheValidOnes() {
        let issue = single(#"{"id":"P-1","land_use":"LUC","clearance":"finished","clearance_date":"2024-03-01"}"#, good)
        #expect(issue?.kind == .unknownValue)
        #expect(issue?.reason == #"unknown clearance "finished" (valid: not_started, inventoried, plan_approved, compensated, handed_over, disputed)"#)
    }

    @Test func badDateIsRefusedWithTheReason() {
        let issue = single(F.parcel("P-1", #""planned_handover":"2024-02-30""#), good)
        #expect(issue?.reason == #"property "planned_handover": invalid date "2024-02-30": no such day (February 2024 has 29 days)"#)
    }

    @Test func truncatedAndMalformedJSON() {
        let whole = F.collection([F.feature(F.parcel("P-1"), good)])
        let truncated = issues(whole.prefix(whole.count - 20), file: "cut.geojson")
        #expect(truncated.count == 1)
        #expect(truncated.first?.kind == .truncatedJSON)
        #expect(truncated.first?.description.hasPrefix("cut.geojson: truncated JSON") == true)
        let malformed = issues(Data(#"{"type":"FeatureCollection","features":[,]}"#.utf8))
        #expect(malformed.first?.kind == .malformedJSON)
        #expect(issues(Data()).first?.kind == .truncatedJSON)
        #expect(issues(Data(#"{"type":"Feature"}"#.utf8)).first?.kind == .notFeatureCollection)
    }

    @Test func invalidUTF8IsFoundBeforeParsing() {
        var bytes = [UInt8](F.collection([F.feature(F.parcel("P-1", #""owner":"Nguyễn""#), good)]))
        let at = bytes.firstIndex(of: 0xBB)! // second byte of "ễ" (E1 BB 85)
        bytes[at] = 0x28
        let found = issues(Data(bytes))
        #expect(found.count == 1)
        #expect(found.first?.kind == .invalidUTF8)
        #expect(found.first?.reason == "invalid UTF-8 at byte \(at - 1) (line 1): 0xE1")
    }

    @Test func allProblemsAreListedAndNothingIsReturned() {
        let found = issues(F.collection([
            F.feature(F.parcel("A"), good),
            F.feature(F.parcel("B"), F.square(2.35, 48.85)),
            F.feature(#"{"id":"C","land_use":"LUC","clearance":"done"}"#, good),
            F.feature(F.parcel("A"), #"{"type":"LineString","coordinates":[[106.68,20.86],[106.69,20.87]]}"#),
        ]))
        #expect(found.map(\.featureIndex) == [1, 2, 3, 3])
        #expect(found.map(\.kind) == [.outsideVietnam, .unknownValue, .wrongGeometryType, .duplicateId])
    }
}
