import Foundation
import Planner

/// The clearance totals a long-running front (the server) keeps for today, so that
/// "clearance by district" asked right after a write is answered without reading every
/// parcel again: one ``ClearanceTally`` per grouping asked (by district, by commune, by
/// park, …), made on the first question of the day from the store, then brought up to date
/// by every write made through the front (``refresh(_:from:)``, called in the write's own
/// path before it is acknowledged, so a read that follows sees it).
///
/// Kept: as of today (Vietnam time), every park, each square metre as often as it is
/// mapped (no dedupe), the record as it stands now. Any other question (another day, a
/// moment of the record, some parks only, dedupe) gets `nil` and is computed in full. The
/// answer is the same bytes as the full computation (see ``ClearanceTally``).
///
/// Writes made to the store by another process (the CLI beside a running server) are not
/// seen until the next day's tally.
public final class KeptClearanceTotals: @unchecked Sendable {
    /// One grouping's tally, with the parks and units it names rows by.
    private struct Kept {
        var tally: ClearanceTally
        var data: PlanningData
    }

    private let lock = NSLock()
    private var kept: [ClearanceGrouping: Kept] = [:]

    /// No totals kept yet.
    public init() {}

    /// The answer to `report` from the kept totals, when it is a question they keep (as of
    /// `today`, every park, no dedupe; the caller reads the record as it stands now); the
    /// first such question of the day for a grouping builds its tally from `store`.
    /// `nil`: not kept, compute it in full.
    /// - Throws: as ``ClearanceProgressReport/run(_:)``.
    public func answer(_ report: ClearanceProgressReport, today: LocalDate,
                       store: any PlanningReading & ClearanceReading) throws -> Answer<ClearanceProgress>? {
        guard report.asOf == today, report.parks.isEmpty, !report.dedupe else { return nil }
        lock.lock()
        defer { lock.unlock() }
        if let k = kept[report.grouping], k.tally.asOf == today { return try report.answer(k.tally.progress, k.data) }
        let p = try report.prepared(store)
        let tally = try ClearanceTally(p.query, records: p.records, units: p.units, boundaries: p.boundaries)
        kept[report.grouping] = Kept(tally: tally, data: p.data)
        return try report.answer(tally.progress, p.data)
    }

    /// Brings every kept tally up to date for the parcel `parcelId` after a write to its
    /// ledger: its status on each tally's day, read from `store` under the lock (so writes
    /// finishing in any order leave the latest state). When that fails the totals are
    /// dropped, and the next question builds them again.
    public func refresh(_ parcelId: String, from store: any ClearanceRecording) {
        lock.lock()
        defer { lock.unlock() }
        guard !kept.isEmpty else { return }
        do {
            let history = try store.ledger(parcelId: parcelId).history()
            for key in kept.keys {
                let day = kept[key]!.tally.asOf
                try kept[key]!.tally.setStatus(history.status(asOf: day), recordedBy: history.eventInForce(on: day)?.by, of: parcelId)
            }
        } catch {
            kept = [:]
        }
    }
}
