import Planner
import PostgresNIO

/// The status in force of every parcel on a day, as the record stood at a moment, picked by
/// PostgreSQL in one pass over `clearance_events`: per parcel, the event of largest `seq`
/// among those dated on or before the day, recorded by the moment and not voided by a void
/// recorded by then (rows without a moment count as recorded before any).
///
/// It is ``ClearanceLedger/history(asRecorded:)`` then ``ClearanceHistory/eventInForce(on:among:)``
/// written in SQL, as the GeoPackage store's `StatusesInForce` is, kept because it is
/// measured to matter: at 100 000 parcels with 326 607 entries, streaming every entry to
/// the Swift rule spent most of `clearance --by district` on PostGIS decoding rows (one row
/// per parcel comes back instead of 3.3). `GeneratedCityDifferentialTests` checks that it gives the
/// records the Swift rule gives over whole parcels, on every parcel of a generated history,
/// on several days and moments.
struct StoredStatusesInForce {
    /// The event in force by parcel id: its status, who recorded it, its day.
    private(set) var byParcel: [String: (status: ClearanceStatus, recordedBy: String?, since: LocalDate)] = [:]

    /// Reads them for `asOf` as recorded at `asRecorded` (`nil`: now).
    /// - Throws: ``PostGISError`` for a stored status this release does not know.
    init(_ db: PostGISSession, asOf: LocalDate, asRecorded: RecordedTime?) throws {
        var binds = PostgresBindings()
        binds.append(asOf.description)
        binds.append(asRecorded?.milliseconds)
        let recorded = { (alias: String) in
            "($2::bigint IS NULL OR \(alias).recorded_at IS NULL OR \(StoredValues.millisecondsSQL("\(alias).recorded_at")) <= $2::bigint)"
        }
        let rows = try db.rows("""
            SELECT DISTINCT ON (e.parcel_id) e.parcel_id, e.status, e.recorded_by, to_char(e.event_date, 'YYYY-MM-DD')
            FROM clearance_events e
            WHERE e.status IS NOT NULL AND e.event_date <= $1::date AND \(recorded("e"))
              AND NOT EXISTS (SELECT 1 FROM clearance_events v WHERE v.parcel_id = e.parcel_id AND v.voids = e.seq AND \(recorded("v")))
            ORDER BY e.parcel_id, e.seq DESC
            """, binds, as: (String, String, String?, String).self)
        byParcel.reserveCapacity(rows.count)
        for (id, status, by, day) in rows {
            guard let s = ClearanceStatus(rawValue: status) else {
                throw PostGISError("clearance_events: parcel \(id) has an event with status \"\(status)\", not one of \(ClearanceStatus.validNames)")
            }
            byParcel[id] = (s, by, try LocalDate(iso: day))
        }
    }
}
