import Testing
@testable import PlannerPresentation

@Suite struct TextTableTests {
    @Test func columnsAreAlignedByCharactersAndTrailingSpaceIsTrimmed() {
        var table = TextTable(headers: ["layer", "features"], rightAligned: [1])
        table.rows = [["xã Thủy Đường", "12"], ["parks", "1234"]]
        #expect(table.render() == """
            layer          features
            -------------  --------
            xã Thủy Đường        12
            parks              1234
            """)
        #expect(TextTable(headers: ["a", "b"], rows: [["x", ""]]).render().split(separator: "\n", omittingEmptySubsequences: false).last == "x")
    }
}
