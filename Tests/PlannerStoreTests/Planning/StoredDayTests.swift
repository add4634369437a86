import Testing
@testable import Planner
@testable import PlannerStore

/// The fast ISO day reader agrees with ``LocalDate/init(iso:)``.
@Suite struct StoredDayTests {
    @Test func isoDaysParseLikeLocalDate() {
        for text in ["2024-02-29", "2023-02-29", "2024-13-01", "0001-01-01", "9999-12-31", "2024-1-01", "2024-01-010",
                     "2024/01/01", "abcd-ef-gh", "", "2024-06-30T10:00:00Z", "２０２４-01-01"] {
            #expect(StoredDay.isoDay(text) == (try? LocalDate(iso: text)), "\(text)")
        }
    }

    @Test func aTimePartAfterTheDayIsIgnoredAndNullIsNoDay() {
        #expect(StoredDay.parse("2024-06-30T10:00:00Z") == LocalDate(year: 2024, month: 6, day: 30))
        #expect(StoredDay.parse("2024-06-30 23:59") == LocalDate(year: 2024, month: 6, day: 30))
        #expect(StoredDay.parse("2024-06-31T00:00") == nil)
        #expect(StoredDay.parse("30/06/2024") == nil)
        #expect(StoredDay.parse(nil) == nil)
    }
}

/// Merge joins compare ids the way SQLite's BINARY collation orders them.
@Suite struct BinaryOrderTests {
    @Test func compareIsByteOrderThenLength() {
        #expect(BinaryOrder.compare("C-0000001", "C-0000002") < 0)
        #expect(BinaryOrder.compare("C-0000002", "C-0000002") == 0)
        #expect(BinaryOrder.compare("ab", "a") > 0 && BinaryOrder.compare("a", "ab") < 0)
        #expect(BinaryOrder.compare("", "") == 0 && BinaryOrder.compare("", "a") < 0)
        // "é" is 0xC3 0xA9 in UTF-8: after "z" (0x7A) byte for byte, whatever Swift's order says.
        #expect(BinaryOrder.compare("é", "z") > 0)
        // Canonically equivalent but different bytes: not the same key.
        #expect(BinaryOrder.compare("\u{E9}", "e\u{301}") != 0)
    }
}
