import Foundation
import Geo
import GRDB
import Testing
import TestSupport
@testable import Planner
@testable import PlannerStore

/// A generated ledger (seeded) of 10 000 parcels and about 50 000 entries recorded over
/// three years: events, voids, and corrections (a void followed by the right event, often
/// dated earlier). For 20 random (`--as-of` day, `--as-recorded` moment) pairs every
/// reader of the store gives the status a plain re-implementation of the rule gives:
/// "among the events recorded by the moment and not voided by a void recorded by the
/// moment, the last by seq dated on or before the day".
@Suite struct BitemporalHistoryTests {
    private struct Generated {
        var parcels: [Parcel]
        var entries: [String: [LedgerEntry]]
    }

    /// The moment `ms` milliseconds after 2024-01-01T00:00:00Z.
    private static func moment(_ ms: Int64) -> RecordedTime { RecordedTime(milliseconds: 1_704_067_200_000 + ms) }

    private static func generate(parcels count: Int, seed: UInt64) -> Generated {
        var rng = SplitMix(state: seed)
        let threeYears: Int64 = 3 * 365 * 86_400_000
        var parcels: [Parcel] = []
        var entries: [String: [LedgerEntry]] = [:]
        let progress: [ClearanceStatus] = [.inventoried, .planApproved, .compensated, .handedOver]
        for i in 0..<count {
            let id = String(format: "B-%05d", i)
            var list: [LedgerEntry] = []
            var t = Int64(rng.next() % UInt64(threeYears / 2))
            var live: [Int] = []   // seqs of events not voided
            var step = 0
            for _ in 0..<Int(rng.next() % 11) {
                t += Int64(rng.next() % 40_000_000_000)
                let seq = list.count + 1
                let roll = rng.next() % 10
                if roll < 2, let target = live.randomElement(using: &rng) {
                    list.append(LedgerEntry(seq: seq, kind: .void(seq: target), recordedAt: moment(t), by: "auditor", reason: "wrong"))
                    live.removeAll { $0 == target }
                    continue
                }
                // Valid time: up to 60 days before the recording, sometimes years before.
                let recordedDay = LocalDate(daysSinceEpoch: Int((moment(t).milliseconds) / 86_400_000))
                let back = roll == 9 ? Int(rng.next() % 700) : Int(rng.next() % 60)
                let day = LocalDate(daysSinceEpoch: recordedDay.daysSinceEpoch - back)
                let status = roll == 8 ? ClearanceStatus.disputed : progress[min(step, progress.count - 1)]
                step += 1
                list.append(LedgerEntry(seq: seq, kind: .event(ClearanceEvent(status: status, date: day, by: "board")),
                                        recordedAt: rng.next() % 50 == 0 ? nil : moment(t), by: "board"))
                live.append(seq)
            }
            entries[id] = list
            parcels.append(Parcel(id: id, parkId: nil, landUse: LandUseCode(rawValue: "LUC"),
                                  clearance: ClearanceLedger(parcelId: id, entries: list).history(),
                                  boundary: .polygon(Fixtures.square(x: 590_000 + Double(i % 100) * 20, y: 2_300_000 + Double(i / 100) * 20)),
                                  ledgerEntries: list))
        }
        return Generated(parcels: parcels, entries: entries)
    }

    /// The rule written plainly, apart from the product's code.
    private static func plainStatus(_ entries: [LedgerEntry], asOf: LocalDate, asRecorded: RecordedTime) -> ClearanceStatus {
        func known(_ e: LedgerEntry) -> Bool { e.recordedAt == nil || e.recordedAt! <= asRecorded }
        let voided = Set(entries.filter(known).compactMap(\.voidedSeq))
        let candidates = entries.filter { e in
            known(e) && !voided.contains(e.seq) && (e.event.map { $0.date <= asOf } ?? false)
        }
        return candidates.max { $0.seq < $1.seq }?.event?.status ?? .notStarted
    }

    @Test func everyReaderGivesThePlainRuleFor20DaysAndMoments() throws {
        let tmp = try TemporaryGeoPackage()
        let generated = Self.generate(parcels: 10_000, seed: 0xB17E_4D0A)
        let total = generated.entries.values.reduce(0) { $0 + $1.count }
        let voids = generated.entries.values.reduce(0) { $0 + $1.filter { $0.voidedSeq != nil }.count }
        #expect(total > 45_000 && total < 55_000, "generated \(total) entries")
        #expect(voids > 3_000, "generated \(voids) voids")
        let store = try PlanningStore.create(at: tmp.path)
        try store.save(parcels: generated.parcels)
        var rng = SplitMix(state: 0x5EED)
        for k in 0..<20 {
            let asOf = LocalDate(year: 2024 + Int(rng.next() % 3), month: Int(rng.next() % 12) + 1, day: Int(rng.next() % 28) + 1)!
            let asRecorded = Self.moment(Int64(rng.next() % UInt64(3 * 365 * 86_400_000)))
            let view = store.asRecorded(asRecorded)
            let records = try view.clearanceRecords(asOf: asOf, level: nil)
            let streamed = try EventsInForceTests.streamed(view, asOf: asOf)
            let expected = generated.parcels.map { Self.plainStatus(generated.entries[$0.id]!, asOf: asOf, asRecorded: asRecorded) }
            #expect(records.map(\.status) == expected, "SQL fast path, as of \(asOf) as recorded \(asRecorded)")
            #expect(streamed.map(\.status) == expected, "export stream, as of \(asOf) as recorded \(asRecorded)")
            if k < 3 {
                #expect(try view.parcels().map { $0.clearance.status(asOf: asOf) } == expected, "whole parcels, \(asOf) \(asRecorded)")
            }
        }
    }
}
