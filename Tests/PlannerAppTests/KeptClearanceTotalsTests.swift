import Foundation
import Geo
import Planner
import PlannerApp
import PlannerStore
import Testing
import TestSupport

/// The clearance totals a server keeps (``KeptClearanceTotals``), brought up to date on
/// each write, against a full computation from the store: byte for byte, by district, by
/// commune and by park, after 10 000 random records and voids (seeded SplitMix) over a
/// generated store of 2 500 parcels (some overlapping, some straddling units, some in no
/// unit or park, some overdue).
@Suite struct KeptClearanceTotalsTests {
    static let today = LocalDate(year: 2026, month: 6, day: 30)!
    static let groupings: [ClearanceGrouping] = [.unit(.district), .unit(.commune), .park]

    @Test func keptTotalsEqualAFullComputationAfterTenThousandWrites() throws {
        var random = SplitMix(state: 0x5EED_0013)
        let path = try GeneratedStore.make(parcels: 50, random: &random)
        let shared = try PlanningStores.openShared(at: path)
        defer { try? shared.close() }
        let ids = try shared.reading(asRecorded: nil).clearanceRecords(asOf: Self.today, level: nil, parkIds: nil).map(\.id)
        #expect(ids.count == 2500)
        let initial = try answers(shared)
        var lastDay: [String: Int] = [:]
        var written = 0, voided = 0
        for step in 1...10_000 {
            let id = ids[Int(random.next() % UInt64(ids.count))]
            do {
                if random.next() % 4 == 0 {
                    let ledger = try shared.access.ledger(parcelId: id)
                    guard let seq = ledger.seqInForce else { continue }
                    _ = try shared.write { try EntryVoid(entryId: "\(id)/\(seq)", reason: "entered by mistake", by: "test").record(in: $0) }
                    voided += 1
                } else {
                    // Days from a year before today to a month after (an event dated after
                    // today changes nothing today), never before the parcel's last.
                    let day = max(lastDay[id] ?? 0, Self.today.daysSinceEpoch - 365 + Int(random.next() % 396))
                    lastDay[id] = day
                    let status = ClearanceStatus.allCases[Int(random.next() % UInt64(ClearanceStatus.allCases.count))]
                    let event = ClearanceEvent(status: status, date: LocalDate(daysSinceEpoch: day), by: "test")
                    _ = try shared.write { try StatusChange(parcelId: id, event: event, reason: "re-surveyed").record(in: $0) }
                    written += 1
                }
            } catch is ClearanceRefusal {
                continue
            }
            if step % 2_500 == 0 {
                for (grouping, (kept, full)) in zip(Self.groupings, try answers(shared)) {
                    #expect(kept == full, "after \(step) writes, by \(grouping)")
                }
            }
        }
        #expect(written > 5_000 && voided > 1_000)
        let final = try answers(shared)
        for ((grouping, before), after) in zip(zip(Self.groupings, initial), final) {
            #expect(before.kept != after.kept, "the writes changed the totals by \(grouping)")
        }
    }

    /// Each grouping's JSON from the kept totals and from a full computation.
    private func answers(_ shared: SharedStore) throws -> [(kept: String, full: String)] {
        try Self.groupings.map { grouping in
            let report = ClearanceProgressReport(asOf: Self.today, grouping: grouping)
            let store = shared.reading(asRecorded: nil)
            let kept = try #require(try shared.clearanceTotals.answer(report, today: Self.today, store: store))
            let document = try #require(try shared.clearanceTotals.document(report, today: Self.today, store: store))
            #expect(document == kept.table.jsonDocument(), "the published document is the kept answer's")
            return (document, try report.run(store).table.jsonDocument())
        }
    }
}

/// A store generated in process, EPSG:9210: four districts (2 × 2 km each) and sixteen
/// communes (1 × 1 km) over a 4 × 4 km square, two parks over part of it, and an n × n grid
/// of 80 m parcels at an 84 m pitch running past the units' east edge; one parcel in 30 is
/// pushed 10 m into its neighbour (an overlap). Statuses, days, households and money drawn
/// from `random`.
enum GeneratedStore {
    static func make(parcels n: Int, random: inout SplitMix) throws -> String {
        let dir = try Scratch.folder("parkplan-generated")
        let x = 600_000.0, y = 2_300_000.0
        let square = HandMadeStore.square, fc = HandMadeStore.fc
        var districts: [(String, String)] = [], communes: [(String, String)] = []
        for i in 0..<2 { for j in 0..<2 {
            districts.append((#""id":"D\#(i)\#(j)","name":"Quận \#(i)\#(j)""#, square(x + Double(i) * 2000, y + Double(j) * 2000, x + Double(i + 1) * 2000, y + Double(j + 1) * 2000)))
        } }
        for i in 0..<4 { for j in 0..<4 {
            communes.append((#""id":"C\#(i)\#(j)","name":"Phường \#(i)\#(j)""#, square(x + Double(i) * 1000, y + Double(j) * 1000, x + Double(i + 1) * 1000, y + Double(j + 1) * 1000)))
        } }
        let parks = [(#""id":"west","name":"Khu Tây","kind":"industrial_park","approved_area_ha":400"#, square(x, y, x + 2000, y + 4000)),
                     (#""id":"south","name":"Khu Nam","kind":"industrial_park","approved_area_ha":400"#, square(x + 2000, y, x + 4000, y + 2000))]
        let epoch = LocalDate(year: 2025, month: 1, day: 1)!.daysSinceEpoch
        var parcelFeatures: [(String, String)] = []
        for i in 0..<n { for j in 0..<n {
            var x0 = x + Double(i) * 84, y0 = y + Double(j) * 84
            if random.next() % 30 == 0 { x0 += 10; y0 += 2 }
            let park = x0 + 40 < x + 2000 ? #","park":"west""# : (y0 + 40 < y + 2000 && x0 + 40 < x + 4000 ? #","park":"south""# : "")
            let status = ClearanceStatus.allCases[Int(random.next() % UInt64(ClearanceStatus.allCases.count))]
            let since = LocalDate(daysSinceEpoch: epoch + Int(random.next() % 300))
            let planned = LocalDate(daysSinceEpoch: epoch + Int(random.next() % 730))
            let planValue = Double(random.next() % 5_000) * 1_000_000
            let props = #""id":"P-\#(String(format: "%03d-%03d", i, j))"\#(park),"land_use":"LUC","clearance":"\#(status.rawValue)","clearance_date":"\#(since)","planned_handover":"\#(planned)","households":\#(random.next() % 9),"compensation_planned_vnd":\#(planValue),"compensation_paid_vnd":\#(planValue / 3)"#
            parcelFeatures.append((props, square(x0, y0, x0 + 80, y0 + 80)))
        } }
        let store = dir.appendingPathComponent("generated.gpkg").path
        let files: [(PlanningLayer, String, UnitLevel?)] = [
            (.units, fc(districts), .district), (.units, fc(communes), .commune), (.parks, fc(parks), nil), (.parcels, fc(parcelFeatures), nil),
        ]
        for (k, (layer, text, level)) in files.enumerated() {
            let file = dir.appendingPathComponent("\(k)-\(layer).geojson")
            try Data(text.utf8).write(to: file)
            _ = try PlanningStore.withStore(at: store) { s in
                try s.importFile(file, as: layer, options: ImportOptions(sourceCRS: CRS("EPSG:9210"), level: level))
            }
        }
        return store
    }
}

/// Two writes of one parcel whose kept-totals updates finish in the other order: the older
/// ledger changes nothing, the totals hold the later write.
@Suite struct KeptClearanceOrderTests {
    @Test func anOlderLedgerAfterANewerOneChangesNothing() throws {
        let today = LocalDate.today
        var random = SplitMix(state: 0x0DD_0E4)
        let path = try GeneratedStore.make(parcels: 12, random: &random)
        let shared = try PlanningStores.openShared(at: path)
        defer { try? shared.close() }
        let report = ClearanceProgressReport(asOf: today, grouping: .unit(.district))
        let store = shared.reading(asRecorded: nil)
        _ = try #require(try shared.clearanceTotals.document(report, today: today, store: store))
        let id = try #require(try store.clearanceRecords(asOf: today, level: nil, parkIds: nil).first { $0.status != .disputed }?.id)
        // Written straight to the store (not through `shared.write`), so the kept totals learn
        // of them only from the ledgers handed to them below.
        let (_, first) = try shared.access.recordClearance(parcelId: id, ClearanceEvent(status: .disputed, date: today, by: "a"), reason: "x")
        let (_, second) = try shared.access.recordClearance(parcelId: id, ClearanceEvent(status: .handedOver, date: today, by: "b"), reason: "y")
        shared.clearanceTotals.refresh(with: second)
        let afterSecond = try #require(shared.clearanceTotals.publishedDocument(report, today: today))
        shared.clearanceTotals.refresh(with: first)
        #expect(shared.clearanceTotals.publishedDocument(report, today: today) == afterSecond, "the older ledger changed nothing")
        #expect(afterSecond == (try report.run(store).table.jsonDocument()), "the kept answer is the full computation's")
        // The change feed names the parcel with the seq taken in already: not read again, nothing changes.
        shared.clearanceTotals.refresh(id, lastSeq: try #require(second.entries.last?.seq), from: store)
        #expect(shared.clearanceTotals.publishedDocument(report, today: today) == afterSecond)
    }
}
