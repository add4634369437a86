import GRDB
import Planner

/// The resurvey lineage as the store holds it (`parcel_lineage`), read as it stood at a
/// moment (`asRecorded`, `nil`: now): a lineage recorded later is left out, so its children
/// are not yet in the record and its parents not yet retired by it. Every read of parcels
/// (whole, lean, exported) asks it who is in the record on a day.
struct StoredLineage {
    /// Each child's lineage (as recorded by the moment).
    private(set) var byChild: [String: ParcelLineage] = [:]
    /// Lineages recorded after the moment: their children are left out, their parents' retirement undone.
    private var later: [String: ParcelLineage] = [:]
    /// For each parent, the lineages recorded after the moment that retired it.
    private var laterRetiring: [String: [LocalDate]] = [:]

    /// Reads every lineage row.
    init(_ db: Database, asRecorded: RecordedTime?) throws {
        guard try db.tableExists("parcel_lineage") else { return }
        let rows = try Row.fetchCursor(db, sql: "SELECT child_id, parent_id, resurveyed_on, recorded_at FROM parcel_lineage ORDER BY fid")
        var all: [String: ParcelLineage] = [:]
        while let r = try rows.next() {
            let child: String = r[0], parent: String = r[1]
            guard let day = StoredDay.parse(r[2]) else { continue }
            let recorded = (r[3] as String?).flatMap { try? RecordedTime.parse($0) }
            all[child, default: ParcelLineage(child: child, parents: [], resurveyedOn: day, recordedAt: recorded)].parents.append(parent)
        }
        for (child, lineage) in all {
            if lineage.isRecorded(by: asRecorded) {
                byChild[child] = lineage
            } else {
                later[child] = lineage
                for p in lineage.parents { laterRetiring[p, default: []].append(lineage.resurveyedOn) }
            }
        }
    }

    /// False for a child of a lineage recorded after the moment (not yet in the record).
    func isRecorded(_ parcelId: String) -> Bool { later[parcelId] == nil }

    /// The parcel's retirement day as the record stood at the moment: a retirement by a
    /// lineage recorded later is undone.
    func retiredOn(_ parcelId: String, stored: LocalDate?) -> LocalDate? {
        guard let stored, let days = laterRetiring[parcelId], days.contains(stored) else { return stored }
        return nil
    }

    /// `parcel` with its lineage and the retirement as recorded by the moment; `nil` when it
    /// is not yet in the record at the moment.
    func apply(to parcel: Parcel) -> Parcel? {
        guard isRecorded(parcel.id) else { return nil }
        var p = parcel
        p.retiredOn = retiredOn(p.id, stored: p.retiredOn)
        if let l = byChild[p.id] {
            p.parentIds = l.parents
            p.resurveyedOn = l.resurveyedOn
            p.lineageRecordedAt = l.recordedAt
        }
        return p
    }

    /// True when the parcel (retired on `stored`) is in the record on `day`.
    func isActive(_ parcelId: String, retired stored: LocalDate?, on day: LocalDate) -> Bool {
        guard isRecorded(parcelId) else { return false }
        if let retired = retiredOn(parcelId, stored: stored), retired <= day { return false }
        if let from = byChild[parcelId]?.resurveyedOn, day < from { return false }
        return true
    }
}
