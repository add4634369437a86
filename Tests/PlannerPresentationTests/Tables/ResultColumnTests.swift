import Testing
import Planner
@testable import PlannerPresentation

/// Columns say what they hold; tables render by kind, never by the column's name.
@Suite struct ResultColumnTests {
    @Test(arguments: [
        (ResultColumn.Kind.areaHa, 0.125, "0.13"), (.areaHa, 1234.5, "1 234.50"), (.areaM2, 1234.5, "1 235"),
        (.percent, 94.05, "94.1"), (.share, 0.0005, "0.001"), (.count, 12_345, "12 345"),
        (.moneyVND, 1_500_000_000.4, "1 500 000 000"), (.moneyUSD, 5_914_960.084, "5 914 960.08"), (.moneyUSD, 13_000_000, "13 000 000"),
        (.text, 2.5, "2.50"), (.id, 7, "7"),
    ])
    func numbersAreRoundedByKind(kind: ResultColumn.Kind, value: Double, expected: String) {
        #expect(kind.text(.number(value)) == expected)
        #expect(NumberText.format(value, as: kind) == expected)
    }

    @Test func otherValuesAreWrittenTheSameWhateverTheKind() {
        for kind in ResultColumn.Kind.allCases {
            #expect(kind.text(.null) == "-")
            #expect(kind.text(.bool(true)) == "yes")
            #expect(kind.text(.string("An Hòa")) == "An Hòa")
        }
        #expect(ResultColumn.Kind.list.text(.array([.string("P1"), .string("P2")])) == "P1, P2")
        #expect(ResultColumn.Kind.areaHa.text(.array([.number(1), .number(2.345)])) == "1.00, 2.35")
    }

    @Test func aColumnNamedLikeAnotherKindIsRenderedByItsOwnKind() {
        // A name ending "_ha" no longer decides: the declared kind does.
        let table = ResultTable(query: "q", columns: [.count("parcels_ha"), .areaHa("x")],
                                rows: [.init(id: "r", values: [.number(3), .number(3)])])
        #expect(table.text().split(separator: "\n").last == "         3  3.00")
        #expect(table.columns == ["parcels_ha", "x"])
        #expect(table.schema.map(\.kind) == [.count, .areaHa])
    }

    @Test func quantitiesAlignRightAndGroupInTables() {
        let table = ResultTable(query: "q", columns: [.id("park"), .areaM2("total_m2"), .areaM2("empty_m2")],
                                rows: [.init(id: "a", values: [.string("a"), .number(1_234_567.4), .null]),
                                       .init(id: "bb", values: [.string("bb"), .number(12), .null])])
        #expect(table.text() == """
            park   total_m2  empty_m2
            ----  ---------  --------
            a     1 234 567  -
            bb           12  -
            """)
    }

    @Test func machineFormatsCarryTheFullValueWhateverTheKind() {
        let table = ResultTable(query: "q", columns: [.areaHa("a_ha"), .count("n")],
                                rows: [.init(id: "r", values: [.number(0.125), .number(.nan)])])
        #expect(table.json() == #"{"query":"q","rows":[{"a_ha":0.125,"n":null}]}"#)
        #expect(table.csv() == "a_ha,n\r\n0.125,null\r\n")
    }
}
