import Geo
import Testing
@testable import Planner

/// The parks a plan's text names: a cluster is not a park, a family stem names every
/// park of the family, and designated names that name no park are listed.
@Suite struct ParkMentionsTests {
    static func park(_ id: String, _ name: String, _ kind: ParkKind = .industrialPark) -> IndustrialPark {
        IndustrialPark(id: id, name: name, kind: kind, boundary: TestFixtures.box(0, 0, 1, 1))
    }
    static let parks = [park("deep-c-1", "DEEP C I"), park("deep-c-2", "DEEP C II"), park("nam-cau-kien", "Nam Cầu Kiền"),
                        park("trang-due", "Tràng Duệ"), park("nomura", "Nomura – Hải Phòng"),
                        park("kkt", "Khu kinh tế Đình Vũ – Cát Hải", .economicZone)]
    let mentions = ParkMentions(parks: parks)

    @Test func aFamilyStemNamesEveryParkOfTheFamily() {
        // Plan 278, task B.8.1.
        let found = mentions.find(in: "đẩy nhanh chuyển đổi khu công nghiệp Deep C và khu công nghiệp Nam Cầu Kiền thành khu công nghiệp sinh thái")
        #expect(found.parkIds == ["nam-cau-kien", "deep-c-1", "deep-c-2"])
        #expect(found.unmatched.isEmpty)
    }

    @Test func aClusterIsNotThePark() {
        // Plan 278, task B.2.4 (with the plan's own spelling "Trảng").
        let found = mentions.find(in: "Hướng dẫn trình tự, thủ tục các bước thành lập cụm công nghiệp phụ trợ Trảng Duệ.")
        #expect(found.parkIds.isEmpty)
        #expect(found.unmatched == ["cụm công nghiệp phụ trợ Trảng Duệ"])
        // The same name as a park, elsewhere in the text, still links it.
        let both = mentions.find(in: "cụm công nghiệp phụ trợ Tràng Duệ và khu công nghiệp Tràng Duệ mở rộng")
        #expect(both.parkIds == ["trang-due"])
        // A stored cluster of that name is linked.
        let withCluster = ParkMentions(parks: Self.parks + [Self.park("ccn-trang-due", "Cụm công nghiệp phụ trợ Tràng Duệ", .industrialCluster)])
        #expect(withCluster.find(in: "thành lập cụm công nghiệp phụ trợ Tràng Duệ.").parkIds.contains("ccn-trang-due"))
    }

    @Test func namesOfNoParkAreListedAndAgenciesAreNot() {
        let found = mentions.find(in: "Ban Quản lý Khu kinh tế Hải Phòng; 04 dự án: khu công nghiệp Thủy Nguyên, KCN Giang Biên 2, khu công nghiệp Nomura – Hải Phòng, các dự án khu công nghiệp trong Chương trình")
        #expect(found.unmatched == ["khu công nghiệp Thủy Nguyên", "khu công nghiệp Giang Biên 2", ])
        #expect(found.parkIds == ["nomura"])
    }

    @Test func withoutDiacriticsTheSameParks() {
        let a = mentions.find(in: "khu công nghiệp Nam Cầu Kiền").parkIds
        let b = mentions.find(in: "khu cong nghiep Nam Cau Kien").parkIds
        #expect(a == ["nam-cau-kien"] && a == b)
    }
}
