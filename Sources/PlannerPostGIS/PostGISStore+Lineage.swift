import NIOCore
import Planner
import PostgresNIO

extension PostGISStore {
    /// Records the lineage an import of parcels brought (``ResurveyRecording``'s plan, the
    /// rules the GeoPackage store follows) inside the import's transaction, once every batch
    /// is written: the lineage rows, the parents retired on the resurvey day, the first
    /// ledger entry of each child that inherits its parents' status. Returns the notices.
    /// - Throws: ``PostGISError`` naming the file, the child and the reason of a refusal.
    func writeLineage(_ recording: ResurveyRecording, file: String, resurveyedOn: LocalDate, now: RecordedTime,
                      _ db: PostGISSession) throws -> [ImportIssue] {
        guard !recording.isEmpty else { return [] }
        let stored = try StoredLineageRows(db, asRecorded: nil)
        var binds = PostgresBindings()
        binds.append(recording.parentIds)
        var states: [String: ParcelLineage.ParentState] = [:]
        for (id, retired) in try db.rows("SELECT parcel_id, to_char(retired_on, 'YYYY-MM-DD') FROM parcels WHERE parcel_id = ANY($1)",
                                         binds, as: (String, String?).self) {
            states[id] = ParcelLineage.ParentState(retiredOn: try StoredValues.day(retired))
        }
        let plan: ResurveyRecording.Plan
        do {
            plan = try recording.plan(stored: stored.byChild, parents: states, ledger: { id in
                var one = PostgresBindings()
                one.append(id)
                return ClearanceLedger(parcelId: id, entries: try ledgers(db, "WHERE parcel_id = $1", one)[id] ?? [])
            }, resurveyedOn: resurveyedOn, now: now)
        } catch let refusal as ParcelLineage.Refusal {
            throw PostGISError("\(location): parcel_lineage: \(file): \(refusal.description); nothing was written")
        }
        try db.copy("parcel_lineage", StoredRows.lineageColumns, plan.rows.map { r in
            [.text(r.child), .text(r.parent), .text(r.day.description), .int64(r.recordedAt.milliseconds)]
        })
        for r in plan.retire {
            var retire = PostgresBindings()
            retire.append(r.day.description)
            retire.append(r.parent)
            try db.execute("UPDATE parcels SET retired_on = $1::date WHERE parcel_id = $2 AND retired_on IS NULL", retire)
        }
        try db.copy("clearance_events", StoredLedgerRows.insertColumns, plan.inherited.map { StoredLedgerRows.binds($0.entry, parcelId: $0.child) })
        return plan.notice.map { [ImportIssue(file: file, kind: .ledgerKept, reason: $0)] } ?? []
    }
}
