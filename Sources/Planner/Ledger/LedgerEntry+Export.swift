extension LedgerEntry {
    /// The entry as an export carries it in a parcel's `clearance_history` (read back by
    /// the parcel importer): `{"seq","status","date","by","note","recorded_at","reason"}`
    /// for an event, `{"seq","voids","by","recorded_at","reason"}` for a void; members
    /// without a value are left out.
    public var exportValue: AttributeValue {
        .object(Dictionary(uniqueKeysWithValues: exportMembers))
    }

    /// The members of ``exportValue`` in key order, the order its JSON text sorts them
    /// into: by, date, note, reason, recorded_at, seq, status for an event; by, reason,
    /// recorded_at, seq, voids for a void.
    public var exportMembers: [(key: String, value: AttributeValue)] {
        var members: [(key: String, value: AttributeValue)] = []
        members.reserveCapacity(7)
        if let by { members.append(("by", .string(by))) }
        if case .event(let e) = kind {
            members.append(("date", .string(e.date.description)))
            if let note = e.note { members.append(("note", .string(note))) }
        }
        if let reason { members.append(("reason", .string(reason))) }
        if let recordedAt { members.append(("recorded_at", .string(recordedAt.description))) }
        members.append(("seq", .number(Double(seq))))
        switch kind {
        case .event(let e): members.append(("status", .string(e.status.rawValue)))
        case .void(let voided): members.append(("voids", .number(Double(voided))))
        }
        return members
    }
}
