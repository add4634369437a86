import Foundation
import Geo
import Testing
@testable import Planner

/// The streaming GeoJSON reader end to end through ``ParcelImporter``: member order,
/// GeoJSONSeq, batches, block boundaries, and errors naming the feature.
@Suite struct GeoJSONStreamTests {
    typealias F = GeoJSONFixture
    static let rs = "\u{1E}"

    func parcels(_ text: String, file: String = "p.geojson", options: ImportOptions = ImportOptions()) throws -> [Parcel] {
        try ParcelImporter().read(Data(text.utf8), file: file, options: options).values
    }

    func issues(_ bytes: [UInt8], file: String = "p.geojson") -> [ImportIssue] {
        do {
            _ = try ParcelImporter().read(Data(bytes), file: file, options: ImportOptions())
            Issue.record("import was accepted")
            return []
        } catch { return error.issues }
    }

    func feature(_ id: String, _ lon: Double = 106.68) -> String { F.feature(F.parcel(id), F.square(lon, 20.86)) }

    @Test func membersMayComeInAnyOrder() throws {
        let text = #"{"features":[\#(feature("A")),\#(feature("B", 106.69))],"name":"parcels","bbox":[106,20,107,21],"type":"FeatureCollection"}"#
        #expect(try parcels(text).map(\.id) == ["A", "B"])
        let before = #"{"name":"x","bbox":[1,2,3,4],"type":"FeatureCollection","features":[\#(feature("A"))]}"#
        #expect(try parcels(before).map(\.id) == ["A"])
        // Feature members in any order too: geometry before type, properties last.
        let shuffled = #"{"type":"FeatureCollection","features":[{"geometry":\#(F.square(106.68, 20.86)),"id":"X","type":"Feature","properties":\#(F.parcel("A"))}]}"#
        #expect(try parcels(shuffled).first?.boundary.area ?? 0 > 10_000)
    }

    @Test func aCRSAfterTheFeaturesStillApplies() {
        // Degrees declared as EPSG:9210 metres after the features: refused as metres.
        let text = #"{"type":"FeatureCollection","features":[\#(feature("A"))],"crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::9210"}}}"#
        let found = issues(Array(text.utf8))
        #expect(found.first?.kind == .outsideVietnam)
        #expect(found.first?.reason.contains("look like degrees, not EPSG:9210 metres") == true)
        let unknown = #"{"type":"FeatureCollection","features":[\#(feature("A"))],"crs":{"type":"name","properties":{"name":"nonsense"}}}"#
        #expect(issues(Array(unknown.utf8)).first?.kind == .unknownCRS)
        let typeLast = #"{"features":[\#(feature("A"))],"type":"Topology"}"#
        #expect(issues(Array(typeLast.utf8)).map(\.reason) == [#"not a GeoJSON FeatureCollection (type is "Topology")"#])
    }

    @Test func geoJSONSeqWithAndWithoutRecordSeparators() throws {
        let withRS = [feature("A"), feature("B", 106.69), feature("C", 106.70)].map { Self.rs + $0 + "\n" }.joined()
        #expect(try parcels(withRS).map(\.id) == ["A", "B", "C"])
        let plain = [feature("A"), feature("B", 106.69)].joined(separator: "\n") + "\n\n"
        #expect(try parcels(plain).map(\.id) == ["A", "B"])
        let crlf = [feature("A"), feature("B", 106.69)].joined(separator: "\r\n")
        #expect(try parcels(crlf).map(\.id) == ["A", "B"])
        // One record: RS or the file name says it is a sequence; else it is not a FeatureCollection.
        #expect(try parcels(Self.rs + feature("A")).map(\.id) == ["A"])
        #expect(try parcels(feature("A"), file: "p.geojsonl").map(\.id) == ["A"])
        #expect(issues(Array(feature("A").utf8)).first?.kind == .notFeatureCollection)
    }

    @Test func geoJSONSeqProblemsNameTheRecord() {
        let bad = [feature("A"), F.feature(F.parcel("B"), F.square(2.35, 48.85)), feature("A", 106.7)].joined(separator: "\n")
        let found = issues(Array(bad.utf8))
        #expect(found.map(\.featureIndex) == [1, 2])
        #expect(found.map(\.kind) == [.outsideVietnam, .duplicateId])
        #expect(found.last?.reason == #"duplicate id "A" (features 0 and 2)"#)
    }

    @Test func truncatedFilesAreReportedAsSuch() {
        let seq = [feature("A"), feature("B", 106.69)].map { Self.rs + $0 + "\n" }.joined()
        let cut = issues(Array(seq.utf8.dropLast(30)))
        #expect(cut.count == 1)
        #expect(cut.first?.kind == .truncatedJSON)
        #expect(cut.first?.reason.hasPrefix("truncated JSON: the text ends inside an array") == true)
        let collection = Array(F.collection([feature("A"), feature("B", 106.69)]))
        let afterFeature = issues(Array(collection.dropLast(2)))
        #expect(afterFeature.first?.reason == "truncated JSON: the text ends inside an array after \(collection.count - 2) bytes; was the file cut short?")
        let insideString = issues(Array(collection.prefix(60)))
        #expect(insideString.first?.reason.contains("inside a string") == true)
        #expect(issues(Array("  \n ".utf8)).first?.reason == "truncated JSON: the file is empty")
    }

    @Test func malformedJSONNamesTheFeatureByteAndLine() {
        let text = #"{"type":"FeatureCollection","features":["# + "\n" + feature("A") + ",\n" + feature("B", 106.69) + ",\n"
            + #"{"type":"Feature","properties":{"id":"C","land_use":LUC},"geometry":null}"# + "\n]}"
        let found = issues(Array(text.utf8))
        #expect(found.count == 1)
        #expect(found.first?.kind == .malformedJSON)
        #expect(found.first?.featureIndex == 2)
        let offset = Array(text.utf8).lastIndex(of: UInt8(ascii: "L"))!
        #expect(found.first?.reason == "malformed JSON: unexpected 'L' where a value should start (byte \(offset), line 4)")
    }

    @Test func invalidUTF8InARecordNamesByteLineAndFeature() {
        var bytes = Array(([feature("A"), F.feature(F.parcel("B", #""owner":"Nguyễn""#), F.square(106.69, 20.86))].joined(separator: "\n")).utf8)
        let at = bytes.firstIndex(of: 0xBB)!
        bytes[at] = 0x28
        let found = issues(bytes)
        #expect(found.count == 1)
        #expect(found.first?.kind == .invalidUTF8)
        #expect(found.first?.featureIndex == 1)
        #expect(found.first?.reason == "invalid UTF-8 at byte \(at - 1) (line 2): 0xE1")
    }

    @Test func nestedPropertiesAndDecomposedNamesAreKept() throws {
        let props = F.parcel("A", #""extra":{"a":[1,{"b":null}],"c":true},"owner":"Ho\u0300a","name":"  Đình Vũ ""#)
        let parcel = try #require(try parcels(String(decoding: F.collection([F.feature(props, F.square(106.68, 20.86))]), as: UTF8.self)).first)
        #expect(parcel.attributes["extra"] == .object(["a": .array([.number(1), .object(["b": .null])]), "c": .bool(true)]))
        #expect(parcel.attributes["owner"]?.stringValue?.unicodeScalars.count == 4, "attributes are kept as given")
        #expect(parcel.attributes["name"] == .string("  Đình Vũ "))
    }

    @Test func textPropertiesAreTrimmedAndNFC() {
        #expect(PropertyText.normalized("Ho\u{300}a").unicodeScalars.map(\.value) == [0x48, 0xF2, 0x61])
        #expect(PropertyText.normalized(" \tĐình Vũ  ") == "Đình Vũ")
        #expect(PropertyText.normalized("\u{A0}KCN\u{2003}") == "KCN")
        #expect(PropertyText.normalized("C-0000001") == "C-0000001")
        // The quick "already NFC" test must agree with full normalisation on every scalar it trusts.
        let trusted = Array(0x80..<0x300) + Array(0x1E00...0x1EFF)
        for v in trusted {
            let s = String(Unicode.Scalar(UInt32(v))!)
            #expect(PropertyText.isNFC(s))
            #expect(VietnameseName.nfc(s).unicodeScalars.elementsEqual(s.unicodeScalars), "U+\(String(v, radix: 16))")
        }
        #expect(!PropertyText.isNFC("o\u{300}"))
    }

    @Test func batchesArriveInOrderAndDuplicatesAreFoundAcrossThem() throws {
        let ids = (0..<10).map { "P-\($0)" }
        let text = F.collection(ids.enumerated().map { feature($1, 106.60 + Double($0) * 0.002) })
        var batches: [[String]] = []
        let tally = try ParcelImporter().stream(.bytes(text), file: "p.geojson", options: ImportOptions(), batchSize: 3) { batches.append($0.map(\.id)) }
        #expect(batches == [["P-0", "P-1", "P-2"], ["P-3", "P-4", "P-5"], ["P-6", "P-7", "P-8"], ["P-9"]])
        #expect(tally.count == 10)
        #expect(tally.notices.count == 10)

        let dup = F.collection((ids + ["P-1"]).enumerated().map { feature($1, 106.60 + Double($0) * 0.002) })
        var delivered = 0
        #expect { try ParcelImporter().stream(.bytes(dup), file: "p.geojson", options: ImportOptions(), batchSize: 3) { delivered += $0.count } } throws: { error in
            (error as? ImportFailure)?.issues.map(\.description) == [#"p.geojson: feature 10 (id "P-1"): duplicate id "P-1" (features 1 and 10)"#]
        }
        #expect(delivered == 9, "batches before the rejected one are handed on; the caller's transaction undoes them")
    }

    @Test func blockBoundariesAnywhereGiveTheSameFeatures() throws {
        let text = #"{"name":"blocks","features":[ "# + [feature("A"), "null", #""x""#, "12.5e1", feature("Hải", 106.7)].joined(separator: " ,\n") + #" ],"type":"FeatureCollection"}"#
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("blocks-\(UUID().uuidString).geojson")
        try Data(text.utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        for blockSize in [1, 2, 3, 7, 64, 1 << 20] {
            let framer = GeoJSONFramer(try ByteWindow(url: url, blockSize: blockSize), sequenceByName: false)
            try framer.open()
            var batch: FeatureBatch? = FeatureBatch()
            while try framer.nextFeature(into: &batch) {}
            let features = batch!.entries.map { String(decoding: batch!.bytes[$0.range], as: UTF8.self) }
            #expect(features == [feature("A"), "null", #""x""#, "12.5e1", feature("Hải", 106.7)], "block size \(blockSize)")
            #expect(framer.members == ["name": .string("blocks"), "type": .string("FeatureCollection")], "in document order")
            #expect(framer.layout == .featureCollection)
        }
    }
}
