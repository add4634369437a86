import Foundation
import Geo
import Testing
@testable import Planner

@Suite struct VietnameseNameTests {
    @Test func foldsDiacriticsCaseAndDStroke() {
        #expect(VietnameseName.key("An Hòa") == VietnameseName.key("An Hoa"))
        #expect(VietnameseName.key("Tràng Duệ") == "trang due")
        #expect(VietnameseName.key("Đình Vũ") == "dinh vu")
        #expect(VietnameseName.key("  Nomura – Hải   Phòng ") == "nomura hai phong")
        // Old and new tone placement fold the same.
        #expect(VietnameseName.key("Thuỷ Nguyên") == VietnameseName.key("Thủy Nguyên"))
        #expect(VietnameseName.key("KCN Tiên Thanh", dropGenericPrefix: true) == "tien thanh")
        #expect(VietnameseName.key("Khu công nghiệp Nam Tràng Cát", dropGenericPrefix: true) == "nam trang cat")
    }

    @Test func nfcAndNFDInputAreEqual() {
        let nfd = "Tiên Thanh".decomposedStringWithCanonicalMapping
        #expect(Array(nfd.unicodeScalars).count > Array("Tiên Thanh".unicodeScalars).count)
        #expect(VietnameseName.nfc(nfd).unicodeScalars.elementsEqual("Tiên Thanh".precomposedStringWithCanonicalMapping.unicodeScalars))
        #expect(VietnameseName.key(nfd) == "tien thanh")
        let park = IndustrialPark(id: "TT", name: nfd, kind: .industrialPark, boundary: .empty)
        #expect(park.name.unicodeScalars.count == "Tiên Thanh".precomposedStringWithCanonicalMapping.unicodeScalars.count)
    }

    @Test func indexFindsParksByIdOrNameWithoutDiacritics() {
        let index = NameIndex(parks: TestFixtures.readmeParks)
        #expect(index.lookup("An Hoa") == .found("AH"))
        #expect(index.lookup("tien thanh") == .found("TT"))
        #expect(index.lookup("Trang Due") == .found("TD"))
        #expect(index.lookup("khu công nghiệp Nam Trang Cat") == .found("NTC"))
        #expect(index.lookup("dinh vu cat hai") == .found("DVCH"))
        #expect(index.lookup("nck") == .found("NCK"))
    }

    @Test func suggestsClosestNamesForAMisspelling() {
        let index = NameIndex(parks: TestFixtures.readmeParks)
        #expect(index.lookup("Tien Than") == .notFound(suggestions: ["Tiên Thanh"]))
        #expect(index.suggestions(for: "Trang Dueh").first == "Tràng Duệ")
        #expect(index.lookup("Hà Nội Tower") == .notFound(suggestions: []))
    }

    @Test func findsMentionsOnWholeWordsLongestFirst() {
        let parks = [
            IndustrialPark(id: "DV", name: "Đình Vũ", kind: .industrialPark, boundary: .empty),
            IndustrialPark(id: "NDV", name: "Nam Đình Vũ", kind: .industrialPark, boundary: .empty),
        ]
        let index = NameIndex(parks: parks)
        #expect(index.mentions(in: "KCN Nam Đình Vũ và KCN Đình Vũ") == ["NDV", "DV"])
        #expect(index.mentions(in: "khu Nam Đình Vũng") == [])
    }
}
