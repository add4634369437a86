import Testing
@testable import Planner

/// Plan 278/KH-UBND (6 Dec 2022), appendix counted by hand: part A has one task (1);
/// part B has 13 group headings (1–13) and 31 tasks (1.1–13.2): 45 numbered rows.
@Suite struct Plan278TaskTableTests {
    let table: PlanTaskTable

    init() throws {
        let text = try TestFixtures.seed("000_303d9f1732819d71.txt")
        table = PlanTaskTableParser(parks: NameIndex(parks: TestFixtures.readmeParks)).parse(text)
    }

    @Test func countsNumberedRowsPartsAndGroups() {
        #expect(table.parts.map(\.label) == ["A", "B"])
        #expect(table.groups.count == 13)
        #expect(table.tasks.count == 32)
        #expect(table.groups.count + table.tasks.count == 45)
        #expect(table.tasks.filter { $0.part == "A" }.map(\.number) == ["1"])
        #expect(table.problems.isEmpty)
    }

    @Test func classifiesSectionsByHeadingThenContent() {
        func refs(_ s: TaskSection) -> [String] { table.tasks.filter { $0.section == s }.map(\.reference) }
        // 2.6 sits under "planning" but its content is about power ("cấp điện").
        #expect(refs(.power) == ["B.2.6", "B.10.1", "B.10.2"])
        #expect(refs(.water) == ["B.11.1", "B.11.2"])
        #expect(refs(.telecom) == ["B.12.1"])
        #expect(refs(.clearance) == ["B.13.1", "B.13.2"])
        #expect(refs(.other).count == 24)
        // "thông tin, tuyên truyền" (publicity) and "điện tử" (electronics) are not telecom or power.
        #expect(table.task("A.1")?.section == .other)
        #expect(table.task("B.6.1")?.section == .other)
    }

    @Test func readsAgenciesPeriodAndFunding() {
        let power = table.task("10.1")
        #expect(power?.leadAgency == "Sở Công Thương")
        #expect(power?.partnerAgencies.hasPrefix("Công ty TNHH MTV Điện lực Hải Phòng") == true)
        #expect(power?.groupTitle == "Đảm bảo cấp điện trong khu công nghiệp, cụm công nghiệp")
        #expect(power?.period.fromYear == 2022 && power?.period.toYear == 2025)
        #expect(table.task("13.2")?.leadAgency == "UBND các quận, huyện")
        #expect(table.task("13.2")?.partnerAgencies == "")
        #expect(table.task("12.1")?.leadAgency == "Sở Thông tin và Truyền thông")
        #expect(table.task("A.1")?.funding == "Ngân sách thành phố")
        #expect(table.task("2.1")?.period.toYear == 2023)
    }

    @Test func stripsParagraphTagsAndKeepsParagraphsAsLines() throws {
        let content = try #require(table.task("10.1")?.content)
        #expect(!content.contains("<p>") && !content.contains("</p>"))
        #expect(content.split(separator: "\n").count == 2)
        #expect(content.hasPrefix("- Kịp thời chủ động rà soát"))
    }

    @Test func linksParksNamedInContent() {
        #expect(table.task("2.2")?.parkIds == ["TT", "NTC", "TD"])
        #expect(table.task("3.1")?.parkIds == ["AH", "NCK"])
        #expect(table.task("10.1")?.parkIds == ["NMR"])
        #expect(table.task("8.1")?.parkIds == ["DEEPC", "NCK"])
        #expect(table.task("2.3")?.parkIds == ["DVCH"])
        let linkedToTienThanh = table.tasks.filter { $0.parkIds.contains("TT") }.map(\.reference)
        #expect(linkedToTienThanh == ["B.2.2"])
    }
}

@Suite struct PlanTaskTableParserShapeTests {
    let parks = NameIndex(parks: TestFixtures.readmeParks)

    @Test func joinsCellsBrokenOverLinesAndContinuationLines() {
        let text = """
        PHỤ LỤC
        TT\tNội dung\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian thực hiện\tKinh phí
        I\tNhiệm vụ\t\t\t\t
        1\tCấp nước cho KCN Tien Thanh
        giai đoạn 2\tSở Xây dựng\tCông ty cấp nước\t2024\tNgân sách
        2\tBàn giao mặt bằng khu công nghiệp Nam Trang Cat\tUBND huyện\t\t2023-2024\tNgân sách
        còn lại 12 ha
        ?\tnot a row\t\t\t\t

        Nơi nhận: …
        """
        let table = PlanTaskTableParser(parks: parks).parse(text)
        #expect(table.parts.map(\.label) == ["I"])
        #expect(table.tasks.count == 2)
        #expect(table.tasks[0].content == "Cấp nước cho KCN Tien Thanh\ngiai đoạn 2")
        #expect(table.tasks[0].leadAgency == "Sở Xây dựng")
        #expect(table.tasks[0].section == .water)
        #expect(table.tasks[0].parkIds == ["TT"])
        #expect(table.tasks[1].content.hasSuffix("còn lại 12 ha"))
        #expect(table.tasks[1].section == .clearance)
        #expect(table.tasks[1].parkIds == ["NTC"])
        #expect(table.problems.count == 1)
        #expect(table.problems.first?.reason.contains("unrecognised row label") == true)
    }

    @Test func reportsMissingHeader() {
        let table = PlanTaskTableParser().parse("no table here")
        #expect(table.tasks.isEmpty)
        #expect(table.problems.first?.reason.contains("no task table header") == true)
    }
}
