import Foundation
import Testing
import TestSupport
@testable import Planner

/// The ledger's domain: moments as users type them, the bitemporal fold, and the ledger
/// read back from an export.
@Suite struct LedgerTests {
    @Test(arguments: [
        ("2026-10-05T10:00:00Z", "2026-10-05T10:00:00.000Z"),
        ("2026-10-05T17:00:00+07:00", "2026-10-05T10:00:00.000Z"),
        ("2026-10-05T17:00", "2026-10-05T10:00:00.000Z"),
        ("2026-10-05T10:00:00.25Z", "2026-10-05T10:00:00.250Z"),
        ("2026-10-05", "2026-10-05T16:59:59.999Z"),
        ("2024-02-29T23:59:59.999Z", "2024-02-29T23:59:59.999Z"),
        ("1999-12-31T23:00:00-02:00", "2000-01-01T01:00:00.000Z"),
    ])
    func momentsReadAsTyped(text: String, utc: String) throws {
        let t = try RecordedTime.parse(text)
        #expect(t.description == utc)
        #expect(RecordedTime(storedText: t.description) == t)
    }

    /// The store's text is read at fixed places and written digit by digit: both agree with
    /// the general reader on 20 000 random moments (1900–2100), and malformed stored text is
    /// refused as the general reader refuses it.
    @Test func storedTextReadsAsTheGeneralReaderDoes() throws {
        var random = SplitMix(state: 2026_12_03)
        for _ in 0..<20_000 {
            let t = RecordedTime(milliseconds: Int64.random(in: -2_208_988_800_000...4_102_444_800_000, using: &random))
            let text = t.description
            #expect(try RecordedTime.parse(text) == t, "\(text)")
            #expect(RecordedTime(storedText: text) == t, "\(text)")
        }
        for bad in ["2026-02-30T10:00:00.000Z", "2026-10-05T24:00:00.000Z", "2026-10-05T10:60:00.000Z", "2026-10-05T10:00:60.000Z",
                    "2026-10-05T10:00:00.00xZ", "2026-10-05T10:00:00.000+", "2026-10-05 10:00:00.000Z", "2026-10-05T10:00:00.0000",
                    "2026-10-05T10:00:00Z", "２026-10-05T10:00:00.000Z"] {
            #expect(RecordedTime(storedText: bad) == nil, "\(bad)")
        }
    }

    @Test(arguments: ["2026-02-30", "2026-10-05T25:00", "2026-10-05T10:00:00+7", "yesterday", "2026-10-05T10:00:61Z"])
    func badMomentsSayWhy(text: String) {
        #expect(throws: RecordedTimeError.self) { try RecordedTime.parse(text) }
    }

    @Test func daysCountFromTheEpochBothWays() {
        for days in [-719_162, -1, 0, 1, 11_016, 20_454, 2_932_896] {
            #expect(LocalDate(daysSinceEpoch: days).daysSinceEpoch == days)
        }
        #expect(LocalDate(daysSinceEpoch: 0).description == "1970-01-01")
        #expect(LocalDate(year: 2026, month: 12, day: 2)!.daysSinceEpoch == 20_789)  // Python: (date(2026,12,2) - date(1970,1,1)).days
    }

    @Test func theRecordAtAMomentLeavesOutLaterEntriesAndLaterVoids() throws {
        let t = { (s: String) in try RecordedTime.parse(s) }
        let d = { (s: String) in try LocalDate(iso: s) }
        let ledger = ClearanceLedger(parcelId: "P", entries: [
            LedgerEntry(seq: 1, kind: .event(ClearanceEvent(status: .inventoried, date: try d("2025-01-10"))), recordedAt: nil),
            LedgerEntry(seq: 2, kind: .event(ClearanceEvent(status: .handedOver, date: try d("2025-09-20"))), recordedAt: try t("2025-09-21T08:00Z")),
            LedgerEntry(seq: 3, kind: .void(seq: 2), recordedAt: try t("2025-10-10T08:00Z"), by: "auditor", reason: "not signed"),
            LedgerEntry(seq: 4, kind: .event(ClearanceEvent(status: .compensated, date: try d("2025-09-01"))), recordedAt: try t("2025-10-10T08:01Z")),
        ])
        let q3 = try d("2025-09-30")
        #expect(ledger.history(asRecorded: try t("2025-09-01")).status(asOf: q3) == .inventoried)
        #expect(ledger.history(asRecorded: try t("2025-10-05")).status(asOf: q3) == .handedOver)
        #expect(ledger.history(asRecorded: try t("2025-10-10T08:00:30Z")).status(asOf: q3) == .inventoried)
        #expect(ledger.history().status(asOf: q3) == .compensated)
        #expect(ledger.history().events.count == 2)
    }

    private func parcelFile(_ history: String, clearance: String = #""clearance":"compensated","clearance_date":"2025-09-01""#) -> Data {
        GeoJSONFixture.collection([GeoJSONFixture.feature(
            #"{"id":"P-1","land_use":"LUC",\#(clearance),"as_of":"2025-12-31","clearance_history":\#(history)}"#,
            GeoJSONFixture.square(106.68, 20.86))])
    }

    @Test func anExportedLedgerIsReadBackWithItsTimesAndVoids() throws {
        let entries = [
            LedgerEntry(seq: 1, kind: .event(ClearanceEvent(status: .handedOver, date: try LocalDate(iso: "2025-09-20"), by: "B")),
                        recordedAt: try RecordedTime.parse("2025-09-21T08:00Z"), by: "B"),
            LedgerEntry(seq: 2, kind: .void(seq: 1), recordedAt: try RecordedTime.parse("2025-10-10T08:00Z"), by: "A", reason: "not signed"),
            LedgerEntry(seq: 3, kind: .event(ClearanceEvent(status: .compensated, date: try LocalDate(iso: "2025-09-01"), by: "B", note: "đã chi trả")),
                        recordedAt: try RecordedTime.parse("2025-10-10T08:01Z"), by: "B"),
        ]
        let json = AttributeValue.array(entries.map(\.exportValue)).json.jsonText
        let parcel = try #require(try ParcelImporter().read(parcelFile(json), file: "p.geojson", options: ImportOptions()).values.first)
        #expect(parcel.ledgerEntries == entries)
        #expect(parcel.clearance.current == .compensated)
    }

    @Test func exportMembersAreTheExportValueInSortedKeyOrder() throws {
        let full = LedgerEntry(seq: 3, kind: .event(ClearanceEvent(status: .compensated, date: try LocalDate(iso: "2025-09-01"), by: "B", note: "đã chi trả")),
                               recordedAt: try RecordedTime.parse("2025-10-10T08:01Z"), by: "B", reason: "late")
        let void = LedgerEntry(seq: 4, kind: .void(seq: 3), recordedAt: try RecordedTime.parse("2025-10-11T08:00Z"), by: "A", reason: "not signed")
        let bare = LedgerEntry(seq: 1, kind: .event(ClearanceEvent(status: .inventoried, date: try LocalDate(iso: "2025-01-02"))), recordedAt: nil)
        for entry in [full, void, bare] {
            guard case .object(let object) = entry.exportValue else { Issue.record("not an object"); continue }
            #expect(entry.exportMembers.map(\.key) == object.keys.sorted())
            #expect(entry.exportMembers.allSatisfy { object[$0.key] == $0.value })
        }
        #expect(full.exportMembers.map(\.key) == ["by", "date", "note", "reason", "recorded_at", "seq", "status"])
        #expect(void.exportMembers.map(\.key) == ["by", "reason", "recorded_at", "seq", "voids"])
    }

    @Test func aLedgerWithABadNumberOrVoidIsRefused() {
        let badSeq = #"[{"seq":2,"status":"compensated","date":"2025-09-01","recorded_at":"2025-10-10T08:01:00.000Z"}]"#
        let badVoid = #"[{"seq":1,"status":"compensated","date":"2025-09-01","recorded_at":"2025-10-10T08:01:00.000Z"},{"seq":2,"voids":5,"reason":"x","recorded_at":"2025-10-11T08:00:00.000Z"}]"#
        let noReason = #"[{"seq":1,"status":"compensated","date":"2025-09-01","recorded_at":"2025-10-10T08:01:00.000Z"},{"seq":2,"voids":1,"recorded_at":"2025-10-11T08:00:00.000Z"}]"#
        for (history, says) in [(badSeq, "should be 1"), (badVoid, "voids 5"), (noReason, "reason")] {
            #expect { _ = try ParcelImporter().read(parcelFile(history), file: "p.geojson", options: ImportOptions()) } throws: { error in
                (error as? ImportFailure)?.issues.contains { $0.reason.contains(says) } == true
            }
        }
    }
}
