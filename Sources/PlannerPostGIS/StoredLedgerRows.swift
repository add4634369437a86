import Planner

/// The clearance ledger's rows as read back: one entry a row, in seq order within a parcel,
/// the same columns and meaning as the GeoPackage store's `clearance_events`.
enum StoredLedgerRows {
    /// The columns ``entry(_:)`` reads, in order.
    static let columnsSQL = """
        parcel_id, seq, status, to_char(event_date, 'YYYY-MM-DD'), recorded_by, note,
        \(StoredValues.millisecondsSQL("recorded_at")), voids, reason
        """

    typealias Row = (String, Int, String?, String?, String?, String?, Int64?, Int?, String?)

    /// The entry a row holds: a void (`voids` set) or an event (status and date).
    /// - Throws: ``PostGISError`` naming the parcel and seq of a row that is neither.
    static func entry(_ row: Row) throws -> LedgerEntry {
        let (parcel, seq, status, date, by, note, at, voids, reason) = row
        let recordedAt = at.map { RecordedTime(milliseconds: $0) }
        if let voids {
            return LedgerEntry(seq: seq, kind: .void(seq: voids), recordedAt: recordedAt, by: by, reason: reason)
        }
        guard let status, let status = ClearanceStatus(rawValue: status), let date, let day = try? LocalDate(iso: date) else {
            throw PostGISError("clearance_events: parcel \(parcel) seq \(seq) has no valid status or date")
        }
        return LedgerEntry(seq: seq, kind: .event(ClearanceEvent(status: status, date: day, by: by, note: note)),
                           recordedAt: recordedAt, by: by, reason: reason)
    }

    /// The columns ``insertSQL`` writes, bound from an entry as the GeoPackage store writes it
    /// (`recorded_by` is the event's own `by`, else the entry's).
    static func binds(_ entry: LedgerEntry, parcelId: String) -> [StoredValue] {
        var status: String?, date: String?, note: String?, voids: Int?
        switch entry.kind {
        case .event(let e):
            status = e.status.rawValue
            date = e.date.description
            note = e.note
        case .void(let seq):
            voids = seq
        }
        return [.text(parcelId), .int(entry.seq), .text(status), .text(date), .text(entry.recordedBy), .text(note),
                .int64(entry.recordedAt?.milliseconds), .int(voids), .text(entry.reason)]
    }

    /// The insert's columns and value expressions (casts for the day and the moment).
    static let insertColumns: [StoredColumn] = [
        .init("parcel_id"), .init("seq"), .init("status"), .init("event_date", "%::date"), .init("recorded_by"), .init("note"),
        .init("recorded_at", StoredValues.timestampSQL("%")), .init("voids"), .init("reason"),
    ]
}
