import Geo
import GRDB
import Planner

/// Records the lineage an import of parcels brings inside the import's transaction, once
/// every batch is written: the plan is ``ResurveyRecording``'s (the rules, in Planner); this
/// reads what it asks about from the GeoPackage and writes the rows, the parents'
/// retirement and the inherited first entries.
struct LineageWriter {
    private var recording = ResurveyRecording()

    /// Notes the lineage of the parcels of one batch.
    mutating func collect(_ batch: [Parcel]) {
        recording.collect(batch)
    }

    /// Checks and writes the lineages collected; `resurveyedOn` is the day of a resurvey whose
    /// file gives none. Returns the notices for the import report.
    /// - Throws: ``StoreError`` (`.conflict`) naming the file, the child and the reason.
    func write(_ tx: GeoPackageTransaction, file: String, resurveyedOn: LocalDate, now: RecordedTime) throws -> [ImportIssue] {
        guard !recording.isEmpty else { return [] }
        let db = tx.db
        let stored = try StoredLineage(db, asRecorded: nil)
        var states: [String: ParcelLineage.ParentState] = [:]
        let found = try Row.fetchAll(db, sql: "SELECT parcel_id, retired_on FROM parcels WHERE parcel_id IN (SELECT value FROM json_each(?))",
                                     arguments: [JSONValue.array(recording.parentIds.map { .string($0) }).jsonText])
        for r in found { states[r[0]] = ParcelLineage.ParentState(retiredOn: StoredDay.parse(r[1])) }
        let plan: ResurveyRecording.Plan
        do {
            plan = try recording.plan(stored: stored.byChild, parents: states, ledger: { try PlanningStore.ledger($0, db, path: tx.path) },
                                      resurveyedOn: resurveyedOn, now: now)
        } catch let refusal as ParcelLineage.Refusal {
            throw StoreError(.conflict, path: tx.path, table: "parcel_lineage", message: "\(file): \(refusal.description); nothing was written")
        }
        try Self.insert(plan.rows.map { Link(child: $0.child, parent: $0.parent, day: $0.day, recordedAt: $0.recordedAt) }, tx)
        for r in plan.retire {
            try db.execute(sql: "UPDATE parcels SET retired_on = ? WHERE parcel_id = ? AND retired_on IS NULL", arguments: [r.day.description, r.parent])
        }
        for (child, entry) in plan.inherited {
            try tx.insert([ClearanceEventRecord(entry, parcelId: child)])
            guard let event = entry.event else { continue }
            try db.execute(sql: "UPDATE parcels SET clearance = ?, clearance_date = ? WHERE parcel_id = ?",
                           arguments: [event.status.rawValue, event.date.description, child])
        }
        return plan.notice.map { [ImportIssue(file: file, kind: .ledgerKept, reason: $0)] } ?? []
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
