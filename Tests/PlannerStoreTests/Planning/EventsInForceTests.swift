import Foundation
import Geo
import GRDB
import Testing
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

    @Test func leanReadersFollowTheRuleOnEveryParcelAndDay() throws {
        let tmp = try TemporaryGeoPackage()
        let store = try PlanningStore.create(at: tmp.path)
        let parcels = (1...5).map { i in
            Parcel(id: "P\(i)", parkId: nil, landUse: LandUseCode(rawValue: "industrial"),
                   boundary: .polygon(Fixtures.square(x: 590_000 + Double(i) * 20, y: 2_300_000)))
        }
        try store.save(parcels: parcels)
        try store.geoPackage.write { tx in
            for (p, seq, status, date) in Self.events {
                try tx.db.execute(sql: "INSERT INTO clearance_events (parcel_id, seq, status, event_date) VALUES (?, ?, ?, ?)",
                                  arguments: [p, seq, status, date])
            }
        }
        let days = (30...31).compactMap { LocalDate(year: 2023, month: 12, day: $0) }
            + (1...6).flatMap { m in (1...31).compactMap { LocalDate(year: 2024, month: m, day: $0) } }
        for day in days {
            let records = try store.clearanceRecords(asOf: day, level: nil)
            let streamed = try #require(try store.streamParcels(asOf: day) { next in
                var rows: [StoredParcelRow] = []
                while let batch = try next() { rows += batch }
                return rows
            })
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
}
