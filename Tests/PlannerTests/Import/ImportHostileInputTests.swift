import Foundation
import Geo
import Testing
@testable import Planner

/// Issue 11, items 5, 6, 7, 9 and 12: hostile GeoJSON is refused with file, feature and
/// reason, never stored wrong nor silently cut.
@Suite struct ImportHostileInputTests {
    typealias F = GeoJSONFixture
    let good = F.square(106.68, 20.86)

    func issues(_ data: Data) -> [ImportIssue] {
        do {
            _ = try ParcelImporter().read(data, file: "parcels.geojson", options: ImportOptions())
            Issue.record("import was accepted")
            return []
        } catch { return error.issues }
    }

    @Test("A geocentric crs member is refused for the file (item 5)")
    func geocentricCRS() {
        let found = issues(F.collection([F.feature(F.parcel("P-0"), good)], crs: "EPSG:4978"))
        #expect(found.count == 1)
        #expect(found.first?.kind == .unknownCRS)
        #expect(found.first?.reason.contains("geocentric") == true)
        #expect(!DeclaredCRS.isGeographic(CRS("EPSG:4978")))
    }

    /// A local transverse Mercator centred on Hai Phong (metres from lon 106.68, lat 20.86),
    /// whose coordinates near 0 carry far finer detail than EPSG:9210's eastings and northings.
    static let localMetres = CRS("+proj=tmerc +lat_0=20.86 +lon_0=106.68 +k=1 +x_0=0 +y_0=0 +ellps=WGS84 +units=m +no_defs")

    @Test("A polygon valid as given but collapsed in EPSG:9210 is refused naming file, feature and reason (item 5)",
          arguments: [false, true])
    func validityAfterTransforming(repair: Bool) {
        // A square of 1e-12 m: valid in the source CRS, one point once in EPSG:9210.
        let tiny = F.polygon([[0, 0], [1e-12, 0], [1e-12, 1e-12], [0, 1e-12], [0, 0]])
        let data = F.collection([F.feature(F.parcel("P-0"), good), F.feature(F.parcel("P-1"), tiny)])
        var options = ImportOptions(sourceCRS: Self.localMetres, repair: repair)
        options.knownPlaces = []
        #expect(throws: Never.self) { _ = try ParcelImporter().read(F.collection([F.feature(F.parcel("P-2"), F.polygon([[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]]))]),
                                                                   file: "parcels.geojson", options: options) }
        do {
            _ = try ParcelImporter().read(data, file: "parcels.geojson", options: options)
            Issue.record("a polygon collapsed by the transformation was accepted")
        } catch {
            let bad = error.issues.filter { $0.featureIndex == 1 }
            #expect(bad.count == 1, "\(error.issues)")
            #expect(bad.first?.file == "parcels.geojson")
            #expect(bad.first?.featureId == "P-1")
            #expect(bad.first?.kind == .invalidGeometry)
            #expect(bad.first?.reason.hasPrefix("invalid geometry after transforming from") == true, "\(bad)")
            #expect(bad.first?.reason.contains("EPSG:9210") == true)
        }
    }

    @Test("A file that cannot be read says why in words, not NSCocoaErrorDomain (item 12)")
    func unreadableFileInWords() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parcels-\(UUID().uuidString).geojson")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let missing = folder.appendingPathComponent("missing.geojson")
        for (url, words) in [(folder, "is a directory"), (missing, "no such file")] {
            do {
                _ = try ParcelImporter().read(contentsOf: url)
                Issue.record("\(url.path) was read")
            } catch {
                #expect(error.issues.count == 1)
                #expect(error.issues.first?.file == url.lastPathComponent)
                #expect(error.issues.first?.reason.lowercased().contains(words) == true, "\(error.issues)")
                #expect(error.issues.first?.reason.contains("NSCocoaErrorDomain") == false)
            }
            let tasks = #expect(throws: ImportFailure.self) { _ = try TaskTableImporter(parks: []).read(contentsOf: url) }
            #expect(tasks?.issues.first?.reason.lowercased().contains(words) == true, "\(String(describing: tasks?.issues))")
        }
    }

    @Test("A CRS PROJ does not know is one file-level problem, not one per feature (item 12)")
    func unknownCRSOnce() {
        let found = issues(F.collection([F.feature(F.parcel("P-0"), good), F.feature(F.parcel("P-1"), good)], crs: "EPSG:999999"))
        #expect(found.count == 1)
        #expect(found.first?.featureIndex == nil)
    }

    /// The byte rule for control characters is Unicode's: for every scalar, alone and
    /// inside Vietnamese text, it finds what the general category Cc finds.
    @Test func controlCharacterRuleIsTheGeneralCategory() {
        var wrong: [UInt32] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let isControl = scalar.properties.generalCategory == .control
            var text = "Xã Tiên "
            text.unicodeScalars.append(scalar)
            text += " Thanh"
            if (PropertyText.controlCharacter(in: text) == scalar) != isControl { wrong.append(value) }
        }
        #expect(wrong.isEmpty, "\(wrong.prefix(10).map { String($0, radix: 16) })")
        #expect(PropertyText.controlCharacter(in: "Phường An Hải") == nil)
        #expect(PropertyText.controlCharacter(in: "a\u{85}b") == "\u{85}")
    }

    @Test("NUL and control characters in ids and names are refused (item 6)",
          arguments: [#"N-1\u0000evil"#, #"N-1\u0007"#, #"N-\n1"#])
    func controlCharacters(id: String) {
        let found = issues(F.collection([F.feature(F.parcel(id), good)]))
        #expect(found.count == 1, "\(found)")
        #expect(found.first?.featureIndex == 0)
        #expect(found.first?.reason.contains("control character") == true)
        let park = F.collection([F.feature(#"{"id":"pk","name":"a\u0000b","kind":"industrial_park"}"#, good)])
        #expect(throws: ImportFailure.self) { _ = try ParkImporter().read(park, file: "parks.geojson", options: ImportOptions()) }
        do { _ = try ParkImporter().read(park, file: "parks.geojson", options: ImportOptions()) } catch {
            #expect(error.issues.map(\.reason) == [#"property "name" contains the control character U+0000"#])
        }
    }

    @Test("Two ids differing only after a NUL are refused, not a raw UNIQUE error (item 6)")
    func nulDuplicates() {
        let found = issues(F.collection([F.feature(F.parcel(#"N-1\u0000a"#), good), F.feature(F.parcel(#"N-1\u0000b"#), F.square(106.69, 20.86))]))
        #expect(found.count == 2)
        #expect(found.allSatisfy { $0.kind == .badValue })
    }

    @Test("A second features member is an error, not a silent drop (item 7)")
    func duplicateFeatures() {
        let a = F.feature(F.parcel("A"), good), b = F.feature(F.parcel("B"), F.square(106.69, 20.86))
        let text = #"{"type":"FeatureCollection","features":[\#(a)],"features":[\#(b)]}"#
        let found = issues(Data(text.utf8))
        #expect(found.count == 1)
        #expect(found.first?.reason.contains("second \"features\"") == true)
    }

    @Test("A blank id is refused after trimming (item 9)", arguments: ["   ", "\\t "])
    func blankId(id: String) {
        let found = issues(F.collection([F.feature(F.parcel(id), good)]))
        #expect(found.count == 1, "\(found)")
        #expect(found.first?.reason.contains("blank id") == true)
    }

    @Test("Ids are trimmed then stored (item 9)")
    func idTrimmed() throws {
        let features = try ParcelImporter().read(F.collection([F.feature(F.parcel("  P-7 "), good)]), file: "p.geojson", options: ImportOptions())
        #expect(features.values.map(\.id) == ["P-7"])
    }

    @Test("An empty part of a MultiPolygon is refused (item 9)")
    func emptyPart() {
        let ring = "[[106.68,20.86],[106.681,20.86],[106.681,20.861],[106.68,20.861],[106.68,20.86]]"
        let found = issues(F.collection([F.feature(F.parcel("P-0"), #"{"type":"MultiPolygon","coordinates":[[\#(ring)],[]]}"#)]))
        #expect(found.count == 1)
        #expect(found.first?.reason.contains("part 1 is empty") == true)
    }

    @Test("A non-numeric z is refused (item 9)")
    func nonNumericZ() {
        let ring = #"[[106.68,20.86,"x"],[106.681,20.86,0],[106.681,20.861,0],[106.68,20.861,0],[106.68,20.86,0]]"#
        let found = issues(F.collection([F.feature(F.parcel("P-0"), #"{"type":"Polygon","coordinates":[\#(ring)]}"#)]))
        #expect(found.count == 1)
        #expect(found.first?.kind == .malformedGeometry)
    }

    @Test("\"type\":\"Feture\" is an unknown type, not a missing id (item 12)")
    func misspelledType() {
        let text = #"{"type":"FeatureCollection","features":[{"type":"Feture","properties":\#(F.parcel("P-0")),"geometry":\#(good)}]}"#
        let found = issues(Data(text.utf8))
        #expect(found.count == 1)
        #expect(found.first?.reason.contains(#"unknown type "Feture""#) == true)
        #expect(found.first?.reason.contains("missing") == false)
    }

    @Test("An earlier invalid geometry stays listed when a later feature is malformed (item 12)")
    func earlierProblemsKept() {
        let bowTie = F.polygon([[106.68, 20.86], [106.681, 20.861], [106.681, 20.86], [106.68, 20.861], [106.68, 20.86]])
        let text = #"{"type":"FeatureCollection","features":[\#(F.feature(F.parcel("bow"), bowTie)),{"type":"Feature",,}]}"#
        let found = issues(Data(text.utf8))
        #expect(found.count == 2, "\(found)")
        #expect(found.first?.kind == .invalidGeometry)
        #expect(found.last?.kind == .malformedJSON)
    }
}
