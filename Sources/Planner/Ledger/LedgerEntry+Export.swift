extension LedgerEntry {
    /// The entry as an export carries it in a parcel's `clearance_history` (read back by
    /// the parcel importer): `{"seq","status","date","by","note","recorded_at","reason"}`
    /// for an event, `{"seq","voids","by","recorded_at","reason"}` for a void; members
    /// without a value are left out.
    public var exportValue: AttributeValue {
        var members: [String: AttributeValue] = ["seq": .number(Double(seq))]
        switch kind {
        case .event(let e):
            members["status"] = .string(e.status.rawValue)
            members["date"] = .string(e.date.description)
            if let note = e.note { members["note"] = .string(note) }
        case .void(let voided):
            members["voids"] = .number(Double(voided))
        }
        if let by { members["by"] = .string(by) }
        if let recordedAt { members["recorded_at"] = .string(recordedAt.description) }
        if let reason { members["reason"] = .string(reason) }
        return .object(members)
    }
}
