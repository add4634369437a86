import Foundation
import Geo
import GRDB
import Testing
import TestSupport
@testable import Planner
@testable import PlannerStore

/// The lean readers (clearance records, the export stream) answer "which status is in
/// force on a day" exactly as ``ClearanceHistory/eventInForce(on:among:)`` does over each
/// parcel's events in seq order, on histories as a store may hold them: several events
/// the same day, events out of date order by seq, dates with a time part.
@Suite struct EventsInForceTests {
    /// (parcel, seq, status, event_date as stored)
    static let events: [(String, Int, String, String)] = [
        ("P1", 1, "compensated", "2024-03-01"), ("P1", 2, "handed_over", "2024-03-01"),
        ("P2", 1, "disputed", "2024-05-10"), ("P2", 2, "compensated", "2024-02-01"),
        ("P3", 2, "handed_over", "2024-06-01 10:00"), ("P3", 1, "compensated", "2024-01-15T08:30:00Z"),
        ("P5", 1, "inventoried", "2023-12-31"), ("P5", 2, "plan_approved", "2024-01-01"), ("P5", 3, "disputed", "2023-12-31"),
    ]

    /// Every row of the export stream on `day`.
    static func streamed(_ store: PlanningStore, asOf day: LocalDate) throws -> [StoredParcelRow] {
        try #require(try store.streamParcels(asOf: day) { next in
            var rows: [StoredParcelRow] = []
            while let batch = try next() { rows += batch }
            return rows
        })
    }

    /// A new store (kept alive by the folder returned) holding 400 parcels `PREFIX-0000`…
    /// on a 20 × 20 grid of 20 m squares, in id order.
    static func gridStore(_ prefix: String) throws -> (TemporaryGeoPackage, PlanningStore, [Parcel]) {
        let tmp = try TemporaryGeoPackage()
        let store = try PlanningStore.create(at: tmp.path)
        let parcels = (0..<400).map { i in
            Parcel(id: String(format: "\(prefix)-%04d", i), parkId: nil, landUse: LandUseCode(rawValue: "LUC"),
                   boundary: .polygon(Fixtures.square(x: 590_000 + Double(i % 20) * 20, y: 2_300_000 + Double(i / 20) * 20)))
        }
        try store.save(parcels: parcels)
        return (tmp, store, parcels)
    }

    @Test func leanReadersFollowTheRuleOnEveryParcelAndDay() throws {
        let tmp = try TemporaryGeoPackage()
        let store = try PlanningStore.create(at: tmp.path)
        let parcels = (1...5).map { i in
            Parcel(id: "P\(i)", parkId: nil, landUse: LandUseCode(rawValue: "industrial"),
                   boundary: .polygon(Fixtures.square(x: 590_000 + Double(i) * 20, y: 2_300_000)))
        }
        try store.save(parcels: parcels)
        // Rows as schema 1 stored them (no recorded_at, any date order, time parts): written
        // as the product's bulk writes are, past the triggers made for other programs.
        try store.geoPackage.write { tx in
            try PlanningStore.bulkWrite(tx) {
                for (p, seq, status, date) in Self.events {
                    try tx.db.execute(sql: "INSERT INTO clearance_events (parcel_id, seq, status, event_date) VALUES (?, ?, ?, ?)",
                                      arguments: [p, seq, status, date])
                }
            }
        }
        let days = (30...31).compactMap { LocalDate(year: 2023, month: 12, day: $0) }
            + (1...6).flatMap { m in (1...31).compactMap { LocalDate(year: 2024, month: m, day: $0) } }
        for day in days {
            let records = try store.clearanceRecords(asOf: day, level: nil)
            let streamed = try Self.streamed(store, asOf: day)
            #expect(records.map(\.id) == parcels.map(\.id))
            #expect(streamed.map(\.id) == parcels.map(\.id))
            for (i, parcel) in parcels.enumerated() {
                let history = Self.events.filter { $0.0 == parcel.id }.sorted { $0.1 < $1.1 }.map { e in
                    ClearanceEvent(status: ClearanceStatus(rawValue: e.2)!, date: try! LocalDate(iso: String(e.3.prefix(10))))
                }
                let expected = ClearanceHistory.eventInForce(on: day, among: history)
                #expect(records[i].status == expected?.status ?? .notStarted, "\(parcel.id) \(day)")
                #expect(streamed[i].status == expected?.status ?? .notStarted, "\(parcel.id) \(day)")
                #expect(streamed[i].statusSince == expected?.date, "\(parcel.id) \(day)")
            }
        }
        // Same day: the last recorded; out of date order: the last by seq dated on or before the day.
        let onMarch1 = try store.clearanceRecords(asOf: LocalDate(iso: "2024-03-01"), level: nil)
        #expect(onMarch1.map(\.status) == [.handedOver, .compensated, .compensated, .notStarted, .disputed])
    }

    /// A generated history (seeded): 400 parcels, 0–6 events each, dates drawn at random
    /// (out of order by seq, repeated days, some with a time part). The SQL fast path of
    /// the clearance query (``StatusesInForce``) and the export stream (every event through
    /// the Swift rule) give the rule's status on every parcel on 50 days around and through 2024.
    @Test func sqlFastPathEqualsTheRuleOnAGeneratedHistory() throws {
        let (tmp, store, parcels) = try Self.gridStore("G")
        defer { withExtendedLifetime(tmp) {} }
        var rng = SplitMix(state: 0xC1EA_2A4C)
        var history: [String: [ClearanceEvent]] = [:]
        try store.geoPackage.write { tx in try PlanningStore.bulkWrite(tx) {
            for p in parcels {
                for seq in 1...Int(rng.next() % 7 + 1) where seq <= 6 {
                    let status = ClearanceStatus.allCases[Int(rng.next() % UInt64(ClearanceStatus.allCases.count))]
                    let day = LocalDate(year: 2024, month: Int(rng.next() % 12) + 1, day: Int(rng.next() % 28) + 1)!
                    let text = rng.next() % 5 == 0 ? day.description + "T09:00:00Z" : day.description
                    try tx.db.execute(sql: "INSERT INTO clearance_events (parcel_id, seq, status, event_date) VALUES (?, ?, ?, ?)",
                                      arguments: [p.id, seq, status.rawValue, text])
                    history[p.id, default: []].append(ClearanceEvent(status: status, date: day))
                }
            }
        } }
        #expect(history.values.reduce(0) { $0 + $1.count } > 1_000)
        let days = [LocalDate(year: 2023, month: 12, day: 31)!, LocalDate(year: 2024, month: 12, day: 31)!]
            + (1...12).flatMap { m in [1, 10, 20, 28].map { LocalDate(year: 2024, month: m, day: $0)! } }
        for day in days {
            let records = try store.clearanceRecords(asOf: day, level: nil)
            let streamed = try Self.streamed(store, asOf: day)
            for (i, p) in parcels.enumerated() {
                let expected = ClearanceHistory.eventInForce(on: day, among: history[p.id] ?? [])?.status ?? .notStarted
                #expect(records[i].status == expected, "\(p.id) \(day)")
                #expect(streamed[i].status == expected, "\(p.id) \(day)")
            }
        }
    }

    /// A generated ledger (seeded): 400 parcels, entries recorded at increasing moments,
    /// about one in five a void of one of the parcel's events not yet voided, one in ten
    /// without a moment (as schema 1 left them). The clearance query's fast path
    /// (``StatusesInForce``: the SQL scan, and the Swift rule for the parcels holding a void)
    /// and the export stream give, on every parcel, the status, recorder and day of
    /// ``ClearanceLedger/history(asRecorded:)`` then ``ClearanceHistory/eventInForce(on:)``,
    /// on 14 days, as recorded now and at three moments between the entries.
    @Test func sqlFastPathEqualsTheRuleWithVoidsAndMoments() throws {
        let (tmp, store, parcels) = try Self.gridStore("V")
        defer { withExtendedLifetime(tmp) {} }
        var rng = SplitMix(state: 0x5EED_F00D)
        var ledgers: [String: ClearanceLedger] = [:]
        let start = try RecordedTime.parse("2024-01-01T00:00:00Z").milliseconds
        var clock = start
        try store.geoPackage.write { tx in try PlanningStore.bulkWrite(tx) {
            for p in parcels {
                var ledger = ClearanceLedger(parcelId: p.id)
                for _ in 0..<Int(rng.next() % 6) {
                    clock += Int64(rng.next() % 86_400_000)
                    let at: RecordedTime? = rng.next() % 10 == 0 ? nil : RecordedTime(milliseconds: clock)
                    let events = ledger.entries.filter { $0.event != nil && ledger.void(of: $0.seq) == nil }
                    let entry: LedgerEntry
                    if !events.isEmpty && rng.next() % 5 == 0 {
                        let voided = events[Int(rng.next() % UInt64(events.count))].seq
                        entry = LedgerEntry(seq: ledger.nextSeq, kind: .void(seq: voided), recordedAt: at, by: "board \(rng.next() % 3)",
                                            reason: "entered on the wrong parcel")
                    } else {
                        let status = ClearanceStatus.allCases[Int(rng.next() % UInt64(ClearanceStatus.allCases.count))]
                        let day = LocalDate(year: 2024, month: Int(rng.next() % 12) + 1, day: Int(rng.next() % 28) + 1)!
                        entry = LedgerEntry(seq: ledger.nextSeq, kind: .event(ClearanceEvent(status: status, date: day, by: "board \(rng.next() % 3)")),
                                            recordedAt: at, by: "board \(rng.next() % 3)")
                    }
                    ledger = ledger.appending(entry)
                    try ClearanceEventRecord(entry, parcelId: p.id).insert(tx.db)
                }
                ledgers[p.id] = ledger
            }
        } }
        let entries = ledgers.values.flatMap(\.entries)
        #expect(entries.filter { $0.voidedSeq != nil }.count > 40, "voids")
        #expect(entries.contains { $0.recordedAt == nil }, "entries without a moment")
        let moments: [RecordedTime?] = [nil] + [0.25, 0.5, 0.75].map { RecordedTime(milliseconds: start + Int64(Double(clock - start) * $0)) }
        let days = [LocalDate(year: 2023, month: 12, day: 31)!, LocalDate(year: 2024, month: 12, day: 31)!]
            + (1...12).map { LocalDate(year: 2024, month: $0, day: 15)! }
        var started = 0
        for moment in moments {
            let asRecorded = store.asRecorded(moment)
            for day in days {
                let records = try asRecorded.clearanceRecords(asOf: day, level: nil)
                let streamed = try Self.streamed(asRecorded, asOf: day)
                #expect(records.map(\.id) == parcels.map(\.id))
                for (i, p) in parcels.enumerated() {
                    let expected = ledgers[p.id]!.history(asRecorded: moment).eventInForce(on: day)
                    let at = "\(p.id) on \(day) as recorded at \(moment?.description ?? "now")"
                    #expect(records[i].status == expected?.status ?? .notStarted, "\(at)")
                    #expect(records[i].recordedBy == expected?.by, "\(at)")
                    #expect(records[i].statusSince == expected?.date, "\(at)")
                    #expect(streamed[i].status == expected?.status ?? .notStarted, "\(at)")
                    if expected != nil { started += 1 }
                }
            }
        }
        #expect(started > 4_000, "most parcels have a status in force on most days")
    }
}
