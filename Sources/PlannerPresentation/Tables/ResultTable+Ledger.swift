import Planner

/// The clearance ledger's answers as ``ResultTable``s.
extension ResultTable {
    /// A parcel's ledger (`clearance history`): `entry` (PARCEL/SEQ), `kind` (event, void),
    /// `status`, `date` (valid time), `recorded_at` (transaction time, UTC), `by`, `note`,
    /// `reason`, `voids` (the entry a void voids), `voided_by` (the void of a voided event).
    public static func ledger(_ ledger: ClearanceLedger) -> ResultTable {
        let id = ledger.parcelId
        return ResultTable(
            query: "clearance_history",
            columns: [.id("entry"), .text("kind"), .text("status"), .date("date"), .text("recorded_at"), .text("by"),
                      .text("note"), .text("reason"), .id("voids"), .id("voided_by")],
            rows: ledger.entries.map { e in
                let entryId = LedgerEntry.id(parcel: id, seq: e.seq)
                let voidedBy = ledger.void(of: e.seq).map { LedgerEntry.id(parcel: id, seq: $0.seq) }
                return Row(id: entryId, values: [
                    .string(entryId), .string(e.event == nil ? "void" : "event"), s(e.event?.status.rawValue),
                    s(e.event?.date.description), s(e.recordedAt?.description), s(e.by), s(e.event?.note), s(e.reason),
                    s(e.voidedSeq.map { LedgerEntry.id(parcel: id, seq: $0) }), s(voidedBy),
                ])
            },
            extra: [("parcel", .string(id)), ("status_now", .string(ledger.history().current.rawValue))])
    }

    /// The corrections since a report (`clearance corrections`): `parcel`, `park`,
    /// `area_m2`, `reported` (the status the record gave then), `corrected` (now);
    /// `reported_at` beside the rows.
    public static func corrections(_ list: [RecordCorrection], asOf: LocalDate, reportedAt: RecordedTime) -> ResultTable {
        ResultTable(
            query: "clearance_corrections", asOf: asOf,
            columns: [.id("parcel"), .id("park"), .areaM2("area_m2"), .text("reported"), .text("corrected")],
            rows: list.map { c in
                Row(id: c.parcelId, values: [.string(c.parcelId), s(c.parkId), n(c.areaM2), .string(c.reported.rawValue),
                                             .string(c.corrected.rawValue)])
            },
            extra: [("reported_at", .string(reportedAt.description))])
    }
}
