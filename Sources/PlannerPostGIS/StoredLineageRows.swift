import Planner

/// Parcel lineage as read from `parcel_lineage` for a moment of the record: the resurveys
/// recorded by then apply; a child recorded later does not exist yet, and a parent it
/// retired is not retired yet (the GeoPackage store's reading of the same table).
struct StoredLineageRows {
    private(set) var byChild: [String: ParcelLineage] = [:]
    private var later: Set<String> = []
    private var laterRetiring: [String: [LocalDate]] = [:]

    init(_ db: PostGISSession, asRecorded: RecordedTime?) throws {
        var all: [String: ParcelLineage] = [:]
        for (child, parent, day, at) in try db.rows("""
            SELECT child_id, parent_id, to_char(resurveyed_on, 'YYYY-MM-DD'), \(StoredValues.millisecondsSQL("recorded_at"))
            FROM parcel_lineage ORDER BY fid
            """, as: (String, String, String, Int64?).self) {
            guard let day = try? LocalDate(iso: day) else { continue }
            all[child, default: ParcelLineage(child: child, parents: [], resurveyedOn: day,
                                              recordedAt: at.map { RecordedTime(milliseconds: $0) })].parents.append(parent)
        }
        for (child, lineage) in all {
            if lineage.isRecorded(by: asRecorded) {
                byChild[child] = lineage
            } else {
                later.insert(child)
                for p in lineage.parents { laterRetiring[p, default: []].append(lineage.resurveyedOn) }
            }
        }
    }

    /// Whether parcel `id`, stored as retired on `retiredOn`, was in the record on `day` as
    /// the record stood (``apply(to:)`` then ``Parcel/isActive(on:)``, without the parcel).
    func isActive(_ id: String, retiredOn stored: LocalDate?, on day: LocalDate) -> Bool {
        guard !later.contains(id) else { return false }
        let retired = stored.flatMap { laterRetiring[id]?.contains($0) == true ? nil : $0 }
        return Parcel.isActive(retiredOn: retired, resurveyedOn: byChild[id]?.resurveyedOn, on: day)
    }

    /// `parcel` as the record stood: `nil` for a child recorded later, its retirement undone
    /// when a later resurvey did it, its parents and resurvey day set.
    func apply(to parcel: Parcel) -> Parcel? {
        guard !later.contains(parcel.id) else { return nil }
        var p = parcel
        if let retired = p.retiredOn, laterRetiring[p.id]?.contains(retired) == true { p.retiredOn = nil }
        if let l = byChild[p.id] {
            p.parentIds = l.parents
            p.resurveyedOn = l.resurveyedOn
            p.lineageRecordedAt = l.recordedAt
        }
        return p
    }
}
