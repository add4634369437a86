import Geo
import GRDB
import Planner

/// Records the lineage an import of parcels brings (``ParcelLineage``), inside the import's
/// transaction, once every batch is written (a parent may come later in the file):
///
/// - a child with `parent_ids` only is a new resurvey: checked (known parents in the record,
///   no cycle), its parents retired on the resurvey day, and, when the file gives it no
///   clearance history, given its parents' status in force as a ledger entry recorded now;
/// - a child that also carries `resurveyed_on` and `lineage_recorded_at` (an export read
///   back) is restored as it was recorded, with no check and no new entry;
/// - a child whose lineage is already recorded with the same parents (the same file again)
///   is left as it is; with other parents it is refused.
struct LineageWriter {
    private var links: [(child: String, parents: [String], day: LocalDate?, recordedAt: RecordedTime?, hasHistory: Bool)] = []

    /// Notes the lineage of the parcels of one batch.
    mutating func collect(_ batch: [Parcel]) {
        for p in batch where !p.parentIds.isEmpty {
            links.append((p.id, p.parentIds, p.resurveyedOn, p.lineageRecordedAt, !p.ledgerEntries(recordedAt: nil).isEmpty))
        }
    }

    /// Checks and writes the lineages collected; `resurveyedOn` is the day of a resurvey whose
    /// file gives none. Returns the notices for the import report.
    /// - Throws: ``StoreError`` (`.conflict`) naming the file, the child and the reason.
    func write(_ tx: GeoPackageTransaction, file: String, resurveyedOn: LocalDate, now: RecordedTime) throws -> [ImportIssue] {
        guard !links.isEmpty else { return [] }
        let db = tx.db
        let stored = try StoredLineage(db, asRecorded: nil)
        let fresh = Dictionary(links.map { ($0.child, $0.parents) }, uniquingKeysWith: { a, _ in a })
        func refuse(_ message: String) -> StoreError {
            StoreError(.conflict, path: tx.path, table: "parcel_lineage", message: "\(file): \(message); nothing was written")
        }
        var rows: [Link] = []
        var inherit: [(child: String, parents: [String], day: LocalDate)] = []
        var retire: [(parent: String, day: LocalDate)] = []
        for link in links {
            if let known = stored.byChild[link.child] {
                guard Set(known.parents) == Set(link.parents) else {
                    throw refuse("parcel \"\(link.child)\": its lineage is already recorded with parents \(known.parents.joined(separator: ", ")); a recorded lineage never changes")
                }
                continue
            }
            if let day = link.day, let recordedAt = link.recordedAt {
                rows += link.parents.map { Link(child: link.child, parent: $0, day: day, recordedAt: recordedAt) }
                continue
            }
            let day = link.day ?? resurveyedOn
            var states: [String: ParcelLineage.ParentState] = [:]
            let found = try Row.fetchAll(db, sql: "SELECT parcel_id, retired_on FROM parcels WHERE parcel_id IN (SELECT value FROM json_each(?))",
                                         arguments: [JSONValue.array(link.parents.map { .string($0) }).jsonText])
            for r in found { states[r[0]] = ParcelLineage.ParentState(retiredOn: StoredDay.parse(r[1])) }
            let lineage = ParcelLineage(child: link.child, parents: link.parents, resurveyedOn: day)
            do {
                try lineage.check(parents: states) { stored.ancestors(of: $0, extra: fresh) }
            } catch let refusal as ParcelLineage.Refusal {
                throw refuse(refusal.description)
            }
            if let newParent = link.parents.first(where: { fresh[$0] != nil }) {
                throw refuse("parcel \"\(link.child)\": parent \"\(newParent)\" is itself new in this resurvey; name the parcels in the record before it")
            }
            rows += link.parents.map { Link(child: link.child, parent: $0, day: day, recordedAt: now) }
            retire += link.parents.map { ($0, day) }
            if !link.hasHistory { inherit.append((link.child, link.parents, day)) }
        }
        try Self.insert(rows, tx)
        for r in retire {
            try db.execute(sql: "UPDATE parcels SET retired_on = ? WHERE parcel_id = ? AND retired_on IS NULL", arguments: [r.day.description, r.parent])
        }
        var inherited = 0
        for child in inherit {
            let events = try child.parents.map { id in
                (id: id, event: try PlanningStore.ledger(id, db, path: tx.path).history().eventInForce(on: child.day))
            }
            guard let start = ParcelLineage.inherited(from: events) else { continue }
            let seqs = try child.parents.map { try PlanningStore.ledger($0, db, path: tx.path) }
            let note = "inherited at the resurvey of \(child.day) from " + start.from.map { id in
                let seq = seqs[child.parents.firstIndex(of: id)!].entries.last { $0.event != nil }?.seq
                return seq.map { LedgerEntry.id(parcel: id, seq: $0) } ?? id
            }.joined(separator: ", ")
            let entry = LedgerEntry(seq: 1, kind: .event(ClearanceEvent(status: start.status, date: start.date, by: "resurvey", note: note)),
                                    recordedAt: now, by: "resurvey")
            try tx.insert([ClearanceEventRecord(entry, parcelId: child.child)])
            try db.execute(sql: "UPDATE parcels SET clearance = ?, clearance_date = ? WHERE parcel_id = ?",
                           arguments: [start.status.rawValue, start.date.description, child.child])
            inherited += 1
        }
        let children = Set(rows.map(\.child)).count
        guard children > 0 else { return [] }
        return [ImportIssue(file: file, kind: .ledgerKept,
                            reason: "\(children) parcel(s) from a resurvey recorded with their parents (\(retire.count) parent link(s) retired on the resurvey day); \(inherited) inherited their parents' status in force")]
    }

    /// One row of `parcel_lineage`: `child` came from `parent` by the resurvey of `day`,
    /// recorded at `recordedAt`.
    struct Link {
        var child: String
        var parent: String
        var day: LocalDate
        var recordedAt: RecordedTime
    }

    /// Inserts lineage rows as they are (no check), inside the caller's transaction.
    static func insert(_ links: [Link], _ tx: GeoPackageTransaction) throws {
        for l in links {
            try tx.db.execute(sql: "INSERT INTO parcel_lineage (child_id, parent_id, resurveyed_on, recorded_at) VALUES (?, ?, ?, ?)",
                              arguments: [l.child, l.parent, l.day.description, l.recordedAt.description])
        }
    }
}
