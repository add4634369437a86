import Testing
@testable import Planner
@testable import PlannerStore

/// The fast ISO day reader agrees with ``LocalDate/init(iso:)``.
@Suite struct StoredValueTests {
    @Test func isoDaysParseLikeLocalDate() {
        for text in ["2024-02-29", "2023-02-29", "2024-13-01", "0001-01-01", "9999-12-31", "2024-1-01", "2024-01-010",
                     "2024/01/01", "abcd-ef-gh", "", "2024-06-30T10:00:00Z", "２０２４-01-01"] {
            #expect(StoredValue.isoDay(text) == (try? LocalDate(iso: text)), "\(text)")
        }
    }
}

/// Merge joins compare ids the way SQLite's BINARY collation orders them.
@Suite struct KeyedRowsOrderTests {
    @Test func compareIsByteOrderThenLength() {
        #expect(KeyedRows.compare("C-0000001", "C-0000002") < 0)
        #expect(KeyedRows.compare("C-0000002", "C-0000002") == 0)
        #expect(KeyedRows.compare("ab", "a") > 0 && KeyedRows.compare("a", "ab") < 0)
        #expect(KeyedRows.compare("", "") == 0 && KeyedRows.compare("", "a") < 0)
        // "é" is 0xC3 0xA9 in UTF-8: after "z" (0x7A) byte for byte, whatever Swift's order says.
        #expect(KeyedRows.compare("é", "z") > 0)
        // Canonically equivalent but different bytes: not the same key.
        #expect(KeyedRows.compare("\u{E9}", "e\u{301}") != 0)
    }
}
