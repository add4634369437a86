import Foundation
import Testing
@testable import Planner

@Suite struct ClearanceHistoryTests {
    func day(_ s: String) -> LocalDate { try! LocalDate(iso: s) }

    var history: ClearanceHistory {
        try! ClearanceHistory([
            ClearanceEvent(status: .inventoried, date: day("2023-03-01"), by: "UBND huyện Tiên Lãng"),
            ClearanceEvent(status: .planApproved, date: day("2023-06-15")),
            ClearanceEvent(status: .disputed, date: day("2023-08-01"), note: "khiếu nại giá bồi thường"),
            ClearanceEvent(status: .compensated, date: day("2023-11-20")),
            ClearanceEvent(status: .handedOver, date: day("2024-01-10")),
        ])
    }

    @Test func statusAsOfBeforeBetweenOnAndAfterChanges() {
        #expect(history.status(asOf: day("2023-02-28")) == .notStarted)
        #expect(history.status(asOf: day("2023-03-01")) == .inventoried)
        #expect(history.status(asOf: day("2023-06-14")) == .inventoried)
        #expect(history.status(asOf: day("2023-07-01")) == .planApproved)
        #expect(history.status(asOf: day("2023-10-01")) == .disputed)
        #expect(history.status(asOf: day("2023-12-31")) == .compensated)
        #expect(history.status(asOf: day("2030-01-01")) == .handedOver)
        #expect(history.handedOverDate == day("2024-01-10"))
        #expect(history.wasEverDisputed)
    }

    @Test func emptyHistoryIsNotStarted() {
        let empty = ClearanceHistory()
        #expect(empty.current == .notStarted)
        #expect(empty.handedOverDate == nil)
    }

    @Test func disputeAfterHandOverClearsTheHandOverDate() throws {
        let reopened = try history.recording(ClearanceEvent(status: .disputed, date: day("2024-02-01")))
        #expect(reopened.current == .disputed)
        #expect(reopened.handedOverDate == nil)
        #expect(reopened.status(asOf: day("2024-01-31")) == .handedOver)
        #expect(history.events.count == 5) // the original is unchanged
    }

    @Test func refusesAnEventDatedBeforeTheLastOne() {
        #expect(throws: ClearanceHistoryError.self) {
            try history.recording(ClearanceEvent(status: .compensated, date: day("2023-12-01")))
        }
        // The same day as the last event is accepted.
        #expect((try? history.recording(ClearanceEvent(status: .disputed, date: day("2024-01-10"))))?.current == .disputed)
    }
}

@Suite struct LocalDateTests {
    @Test func parsesStrictISODates() throws {
        let d = try LocalDate(iso: "2024-02-29")
        #expect(d.year == 2024 && d.month == 2 && d.day == 29)
        #expect(d.description == "2024-02-29")
        #expect(try LocalDate(iso: "2022-12-06") < LocalDate(iso: "2023-01-01"))
    }

    /// The text written digit by digit pads every part, at the ends of the range too.
    @Test func writesFourTwoTwoDigits() throws {
        for (y, m, d, text) in [(1, 1, 1, "0001-01-01"), (987, 10, 9, "0987-10-09"), (9999, 12, 31, "9999-12-31"), (2025, 7, 1, "2025-07-01")] {
            let date = try #require(LocalDate(year: y, month: m, day: d))
            #expect(date.description == text)
            #expect(try LocalDate(iso: date.description) == date)
        }
    }

    @Test(arguments: ["2023-02-29", "2024-13-01", "2024-1-05", "24-01-05", "2024/01/05", "2024-01-05T00:00", "", "abcd-ef-gh"])
    func refusesBadDates(_ text: String) {
        #expect(throws: LocalDateError.self) { try LocalDate(iso: text) }
    }

    @Test func explainsWhyADateIsBad() {
        do { _ = try LocalDate(iso: "2023-02-29"); Issue.record("accepted") } catch {
            #expect(error.description == "invalid date \"2023-02-29\": no such day (February 2023 has 28 days)")
        }
    }

    @Test func quarters() throws {
        let d = try LocalDate(iso: "2024-08-15")
        #expect(d.quarter == 3)
        #expect(d.startOfQuarter.description == "2024-07-01")
        #expect(d.endOfQuarter.description == "2024-09-30")
        #expect(LocalDate.quarter(1, of: 2024)?.upperBound.description == "2024-03-31")
        #expect(LocalDate.quarter(5, of: 2024) == nil)
        #expect(d.quarterLabel == "Q3 2024")
    }

    @Test func codableAsISOString() throws {
        let data = try JSONEncoder().encode([try LocalDate(iso: "2025-07-01")])
        #expect(String(decoding: data, as: UTF8.self) == "[\"2025-07-01\"]")
        #expect(try JSONDecoder().decode([LocalDate].self, from: data).first?.month == 7)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([LocalDate].self, from: Data("[\"2025-7-1\"]".utf8)) }
    }
}
