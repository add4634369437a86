import Foundation
import Geo
import Planner
import PlannerPresentation

/// The clearance totals a long-running front (the server) keeps for today, so that
/// "clearance by district" asked right after a write is answered without reading every
/// parcel again: one ``ClearanceTally`` per grouping asked (by district, by commune, by
/// park, …), made on the first question of the day from the store, then brought up to date
/// by every write made through the front (``refresh(with:)``, called in the write's own
/// path before it is acknowledged, so a read that follows sees it).
///
/// Kept: as of today (Vietnam time), every park, each square metre as often as it is
/// mapped (no dedupe), the record as it stands now. Any other question (another day, a
/// moment of the record, some parks only, dedupe) gets `nil` and is computed in full. The
/// answer is the same bytes as the full computation (see ``ClearanceTally``).
///
/// **Reads never wait for a write.** A write changes the tallies under one lock (writes
/// and first builds wait for each other there) and then publishes, per grouping, the
/// finished answer and its JSON document; a read takes the published value under another
/// lock held only to copy a reference. So a read right after a write costs a dictionary
/// look-up, whatever the number of parcels; the table's outlines (a unit × park
/// intersection per row for `LEVEL+park`) are worked out once, with the tally.
///
/// Writes made to the store by another process are seen when the front that notices them
/// calls ``refresh(_:lastSeq:from:)``.
public final class KeptClearanceTotals: @unchecked Sendable {
    /// One grouping's tally, with the parks and units it names rows by and the rows'
    /// outlines (EPSG:9210; its rows never change groups, so they hold while it is kept).
    private struct Kept {
        var tally: ClearanceTally
        let report: ClearanceProgressReport
        let data: PlanningData
        let outlines: [String: Geometry]

        /// The answer as the tally stands, and its JSON document.
        func published() throws -> Published {
            let answer = try report.answer(tally.progress, data, outlines: outlines)
            return Published(asOf: tally.asOf, answer: answer, document: answer.table.jsonDocument())
        }
    }

    /// What a read takes: the answer after the last change and its JSON document
    /// (``PlannerPresentation/ResultTable/jsonDocument()``).
    private struct Published: Sendable {
        let asOf: LocalDate
        let answer: Answer<ClearanceProgress>
        let document: String
    }

    /// Held while building and changing tallies (``kept``).
    private let writing = NSLock()
    /// Held only to read or replace ``published``.
    private let reading = NSLock()
    private var kept: [ClearanceGrouping: Kept] = [:]
    private var published: [ClearanceGrouping: Published] = [:]

    /// No totals kept yet.
    public init() {}

    /// The answer to `report` from the kept totals, when it is a question they keep (as of
    /// `today`, every park, no dedupe; the caller reads the record as it stands now); the
    /// first such question of the day for a grouping builds its tally from `store`.
    /// `nil`: not kept, compute it in full.
    /// - Throws: as ``ClearanceProgressReport/run(_:)``.
    public func answer(_ report: ClearanceProgressReport, today: LocalDate,
                       store: any PlanningReading & ClearanceReading) throws -> Answer<ClearanceProgress>? {
        try kept(report, today: today, store: store)?.answer
    }

    /// The JSON document of ``answer(_:today:store:)`` (the bytes `--format json` prints),
    /// written after the last change, not per read; `nil`: not kept.
    /// - Throws: as ``ClearanceProgressReport/run(_:)``.
    public func document(_ report: ClearanceProgressReport, today: LocalDate,
                         store: any PlanningReading & ClearanceReading) throws -> String? {
        try kept(report, today: today, store: store)?.document
    }

    /// The document already published for `report`, when it is a kept question with totals
    /// built for `today`: never reads the store, never waits for a write or a build (a
    /// front may call it where it must not block). `nil`: ask ``document(_:today:store:)``.
    public func publishedDocument(_ report: ClearanceProgressReport, today: LocalDate) -> String? {
        guard report.asOf == today, report.parks.isEmpty, !report.dedupe else { return nil }
        return current(report.grouping, today)?.document
    }

    /// The published answer for a kept question, built first when there is none for today.
    private func kept(_ report: ClearanceProgressReport, today: LocalDate,
                      store: any PlanningReading & ClearanceReading) throws -> Published? {
        guard report.asOf == today, report.parks.isEmpty, !report.dedupe else { return nil }
        if let p = current(report.grouping, today) { return p }
        writing.lock()
        defer { writing.unlock() }
        if let p = current(report.grouping, today) { return p }
        let p = try report.prepared(store, listingOverdue: false)
        let tally = try ClearanceTally(p.query, records: p.records, units: p.units, boundaries: p.boundaries, overlaps: p.overlaps)
        let k = Kept(tally: tally, report: report, data: p.data, outlines: try report.outlines(p.data, tally.progress))
        kept[report.grouping] = k
        let out = try k.published()
        publish(report.grouping, out)
        return out
    }

    /// The answer published for `grouping`, when it holds for `today`.
    private func current(_ grouping: ClearanceGrouping, _ today: LocalDate) -> Published? {
        reading.lock()
        defer { reading.unlock() }
        return published[grouping].flatMap { $0.asOf == today ? $0 : nil }
    }

    /// Replaces what reads of `grouping` take (`nil`: nothing kept).
    private func publish(_ grouping: ClearanceGrouping, _ value: Published?) {
        reading.lock()
        published[grouping] = value
        reading.unlock()
    }

    /// Brings the kept tallies up to date for a parcel whose ledger's last entry is now
    /// `lastSeq` (the change feed says so): nothing to do when that entry was taken in
    /// already (a write made through this front, ``refresh(with:)``); else its status on
    /// each tally's day is read from `store` under the lock and the answers it changed are
    /// published. When that fails the totals are dropped, and the next question builds
    /// them again.
    public func refresh(_ parcelId: String, lastSeq: Int, from store: any ClearanceRecording) {
        writing.lock()
        defer { writing.unlock() }
        guard !kept.isEmpty, (taken[parcelId] ?? 0) < lastSeq else { return }
        do {
            take(try store.ledger(parcelId: parcelId))
        } catch {
            drop()
        }
    }

    /// Brings the kept tallies up to date with `ledger`, a parcel's whole ledger as a write
    /// that just committed returned it, without reading the store; a ledger older than one
    /// taken in already (two writes of one parcel finishing in the other order) changes
    /// nothing.
    public func refresh(with ledger: ClearanceLedger) {
        writing.lock()
        defer { writing.unlock() }
        guard !kept.isEmpty else { return }
        take(ledger)
    }

    /// The last seq taken in, by parcel, for the parcels written since the tallies were
    /// kept (under ``writing``).
    private var taken: [String: Int] = [:]

    /// Sets the parcel's status on each tally's day from `ledger` and publishes what changed,
    /// unless a later entry of its ledger was taken in already (under ``writing``).
    private func take(_ ledger: ClearanceLedger) {
        let seq = ledger.entries.last?.seq ?? 0
        if let seen = taken[ledger.parcelId], seen >= seq { return }
        taken[ledger.parcelId] = seq
        do {
            let history = ledger.history()
            for key in Array(kept.keys) {
                let day = kept[key]!.tally.asOf
                if try kept[key]!.tally.setStatus(history.status(asOf: day), of: ledger.parcelId) { publish(key, try kept[key]!.published()) }
            }
        } catch {
            drop()
        }
    }

    /// Drops every kept tally (under ``writing``): the next question builds them again.
    private func drop() {
        for key in kept.keys { publish(key, nil) }
        kept = [:]
        taken = [:]
    }
}
