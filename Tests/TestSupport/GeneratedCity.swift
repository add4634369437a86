import Foundation
import Geo
import Planner
import PlannerApp
import PlannerStore

/// A generated city for the tests that need more than the shipped 1 000-odd parcels: the
/// shipped units, parks, zones, works and plan tasks (`geodata/`), and `count` parcels laid
/// over the parks with a clearance history, all drawn from a seed (same seed, same store).
///
/// Parcels are the cells of one square grid in EPSG:9210 (metres) over every park, each cell
/// kept when its centre lies in a park and given to the smallest park holding it (so a park
/// nested in a zone is not covered twice). Corners are jittered but shared by neighbours, so
/// parcels meet edge to edge; every 150th parcel reaches 3 m into its eastern neighbour (an
/// overlap) and every 250th cell is left out (a hole enclosed by its neighbours). About 1 %
/// are retired on 2026-06-30. Each ledger is drawn step by step through
/// ``ClearanceChangeRules`` (so it is one the CLI could have recorded): several status
/// changes, disputes, corrections going backwards with their reason, voids of an entry
/// recorded in error, each entry recorded at its own moment, days up to ``lastDay``.
public enum GeneratedCity {
    /// The last day an event is dated (the queries ask about it and earlier days).
    public static let lastDay = LocalDate(year: 2026, month: 11, day: 30)!

    /// Moments between the recorded entries (for `--as-recorded`): mid-2025, early 2026 and
    /// autumn 2026, UTC.
    public static let moments: [RecordedTime] = ["2025-07-01T00:00:00.000Z", "2026-02-15T06:30:00.000Z",
                                                 "2026-10-10T12:00:00.000Z"].map { RecordedTime(storedText: $0)! }

    /// Builds the city's store at `path` (which must not exist), atomically.
    /// - Returns: the parcels written.
    /// - Throws: what importing the shipped layers or writing the parcels throws.
    @discardableResult
    public static func build(at path: String, parcels count: Int = 20_000, seed: UInt64 = 17) throws -> Int {
        try PlanningStore.creating(at: path) { store in
            let importer = ImportLayer(into: store)
            let geodata = Repository.root.appendingPathComponent("geodata")
            for entry in ShippedData.files where entry.layer != .parcels {
                _ = try importer.run(geodata.appendingPathComponent(entry.file), as: entry.layer,
                                     options: ImportOptions(level: entry.level))
            }
            var rng = SplitMix(state: seed)
            var parcels = try layout(parks: try store.parks(), count: count, &rng)
            let shares = try UnitShareCalculator.shares(of: parcels.map(\.boundary), in: try store.units(level: nil))
            for i in parcels.indices {
                parcels[i].units = shares[i]
                let ledger = history(of: parcels[i].id, board: "Ban GPMB \(parcels[i].parkId ?? "")", &rng)
                parcels[i].ledgerEntries = ledger.entries
                parcels[i].clearance = ledger.history()
            }
            try store.save(parcels: parcels)
            return parcels.count
        }
    }

    /// One cell of the grid: its column and row.
    private struct Cell: Hashable { var i: Int, j: Int }

    /// The parcels of the grid over `parks`, about `count` of them, in cell order.
    private static func layout(parks: [IndustrialPark], count: Int, _ rng: inout SplitMix) throws -> [Parcel] {
        let parks = parks.sorted { $0.boundary.area < $1.boundary.area }   // smallest park first
        let envelopes = parks.map { $0.boundary.envelope }
        var all = envelopes[0]!
        for e in envelopes.compactMap({ $0 }) { all.expand(toInclude: e) }
        // The side giving about `count` cells inside the parks, found from a first coarse count.
        func cells(side: Double) -> [(Cell, Int)] {
            var out: [(Cell, Int)] = []
            for j in 0..<Int((all.height / side).rounded(.up)) {
                for i in 0..<Int((all.width / side).rounded(.up)) {
                    let c = Coordinate(all.minX + (Double(i) + 0.5) * side, all.minY + (Double(j) + 0.5) * side)
                    if let park = parks.indices.first(where: { envelopes[$0]?.contains(c) == true && parks[$0].boundary.coversByCrossings(c) == true }) {
                        out.append((Cell(i: i, j: j), park))
                    }
                }
            }
            return out
        }
        let area = parks.reduce(0) { $0 + $1.boundary.area }
        let coarse = sqrt(area / Double(count)) * 2
        let side = coarse * sqrt(Double(cells(side: coarse).count) / Double(count)) * 0.98
        let kept = cells(side: side).prefix(count)
        let jitter = side * 0.12, cornerSeed = rng.next()
        // A corner is drawn from its own position, so the four cells sharing it agree.
        func corner(_ i: Int, _ j: Int) -> Coordinate {
            var r = SplitMix(state: cornerSeed ^ (UInt64(i) &* 0x9E37_79B9_7F4A_7C15) ^ (UInt64(j) &* 0xC2B2_AE3D_27D4_EB4F))
            return Coordinate(all.minX + Double(i) * side + r.uniform(-jitter...jitter),
                              all.minY + Double(j) * side + r.uniform(-jitter...jitter))
        }
        let landUses = ["LUC", "LUC", "BHK", "CLN", "ONT", "NTS", "SKK"].map { LandUseCode(rawValue: $0) }
        var out: [Parcel] = []
        out.reserveCapacity(kept.count)
        for (n, (cell, park)) in kept.enumerated() where n % 250 != 249 {
            let (i, j) = (cell.i, cell.j)
            var ring = [corner(i, j), corner(i + 1, j), corner(i + 1, j + 1), corner(i, j + 1)]
            if n % 150 == 0 { ring[1].x += 3; ring[2].x += 3 }
            ring.append(ring[0])
            let boundary = Geometry.polygon(Polygon(exterior: ring))
            let households = Int(rng.next() % 9)
            let planned = (boundary.area * rng.uniform(150_000...2_000_000)).rounded()
            let handover = LocalDate(daysSinceEpoch: LocalDate(year: 2025, month: 6, day: 30)!.daysSinceEpoch + Int(rng.next() % 900))
            var parcel = Parcel(id: String(format: "GC-%06d", n + 1), parkId: parks[park].id,
                                landUse: landUses[Int(rng.next() % UInt64(landUses.count))], households: households,
                                compensationPlannedVND: planned, compensationPaidVND: (planned * rng.uniform(0...1)).rounded(),
                                plannedHandover: handover, boundary: boundary,
                                attributes: ["sheet": .string("T\(j / 20)-\(i / 20)")])
            if rng.next() % 100 == 0 { parcel.retiredOn = LocalDate(year: 2026, month: 6, day: 30)! }
            out.append(parcel)
        }
        return out
    }

    /// A ledger drawn for one parcel: 0–6 steps forward from a day in 2024–2026, a dispute
    /// now and then, a correction backwards, a void of a step recorded in error; every
    /// entry recorded 1–40 days after its day (later entries later), or for a void or a
    /// correction, weeks after the entry it undoes.
    private static func history(of id: String, board: String, _ rng: inout SplitMix) -> ClearanceLedger {
        var ledger = ClearanceLedger(parcelId: id)
        var day = LocalDate(year: 2024, month: 1, day: 1)!.daysSinceEpoch + Int(rng.next() % 900)
        var recorded: Int64 = 0
        func moment(after day: Int) -> RecordedTime {
            let at = Int64(day + 1 + Int(rng.next() % 40)) * 86_400_000 + Int64(rng.next() % 86_400_000)
            recorded = max(recorded + 60_000, at)
            return RecordedTime(milliseconds: recorded)
        }
        func record(_ status: ClearanceStatus, reason: String? = nil, note: String? = nil) {
            let event = ClearanceEvent(status: status, date: LocalDate(daysSinceEpoch: day), by: board, note: note)
            if case .record(let entry)? = try? ClearanceChangeRules.check(event, reason: reason, against: ledger, today: lastDay,
                                                                         now: moment(after: day)) {
                ledger = ledger.appending(entry)
            }
        }
        let path: [ClearanceStatus] = [.inventoried, .planApproved, .compensated, .handedOver]
        let steps = Int(rng.next() % 7)
        var reached = 0
        for _ in 0..<steps where reached < path.count {
            day += 20 + Int(rng.next() % 200)
            guard day <= lastDay.daysSinceEpoch else { break }
            switch rng.next() % 20 {
            case 0:
                record(.disputed, note: "khiếu nại về giá bồi thường")
            case 1 where reached > 1:
                reached -= 1
                record(path[reached - 1], reason: "phương án bồi thường điều chỉnh", note: "correction")
            case 2 where ledger.seqInForce != nil:
                if let seq = ledger.seqInForce,
                   let void = try? ClearanceChangeRules.checkVoid(seq: seq, reason: "recorded in error", by: board, against: ledger,
                                                                  now: moment(after: day)) {
                    ledger = ledger.appending(void)
                }
            default:
                record(path[reached], note: rng.next() % 3 == 0 ? "QĐ \(rng.next() % 9000 + 1000)/QĐ-UBND" : nil)
                reached += 1
            }
        }
        return ledger
    }
}
