import Geo

/// Reads a parcel's clearance state: `clearance` (status name) and `clearance_date`
/// (required unless not_started), and optional `clearance_history`, a JSON array (or a
/// string holding one).
///
/// Two forms of history are read:
/// - a plain history, {"status","date","by","note"} in date order, whose last entry must
///   agree with `clearance`/`clearance_date`; the store records its events at import;
/// - a ledger, as `parkplan export` writes it (``LedgerEntry/exportValue``): entries with
///   their `seq`, `recorded_at` and voids (`{"seq","voids","reason"}`), kept as they are,
///   so an export read back answers every `--as-of` × `--as-recorded` the same. Its event
///   in force on the file's `as_of` (or its latest) must agree with `clearance`/`clearance_date`.
///
/// Without a history, the history is the one current event.
enum ClearanceHistoryReader {
    /// What was read: the history, and the ledger entries when the file gave a ledger.
    struct Clearance {
        var history: ClearanceHistory
        var entries: [LedgerEntry]
    }

    static func read(_ properties: inout PropertyReader, _ issues: inout FeatureIssues) -> Clearance? {
        let before = issues.issues.count
        let status: ClearanceStatus? = properties.choice("clearance", required: true, &issues)
        let date = properties.date("clearance_date", required: status.map { $0 != .notStarted } ?? false, &issues)
        let given = properties.raw("clearance_history", &issues).flatMap { entries($0, &issues) }
        let asOf = given?.contains { $0.recordedAt != nil || $0.voidedSeq != nil } == true
            ? properties.date("as_of", &issues) : nil
        guard issues.issues.count == before, let status else { return nil }
        guard let given else {
            guard let date, status != .notStarted else { return Clearance(history: ClearanceHistory(), entries: []) }
            guard let history = try? ClearanceHistory([ClearanceEvent(status: status, date: date)]) else { return nil }
            return Clearance(history: history, entries: [])
        }
        let isLedger = given.contains { $0.recordedAt != nil || $0.voidedSeq != nil }
        let history: ClearanceHistory
        if isLedger {
            guard let ledger = ledger(given, &issues) else { return nil }
            history = ledger.history()
        } else {
            do { history = try ClearanceHistory(given.compactMap(\.event)) } catch {
                issues.add(.inconsistentHistory, "clearance_history is not in date order: \(error)")
                return nil
            }
        }
        let inForce = asOf.map { history.eventInForce(on: $0) } ?? history.events.last
        if inForce?.status ?? .notStarted != status || (date != nil && inForce?.date != date) {
            let ends = inForce.map { "\($0.status.rawValue) on \($0.date)" } ?? "empty"
            let says = "\(status.rawValue)" + (date.map { " on \($0)" } ?? "")
            let which = asOf.map { "gives \(ends) on as_of \($0)" } ?? "ends with \(ends)"
            issues.add(.inconsistentHistory, "clearance_history \(which) but clearance is \(says)")
            return nil
        }
        return Clearance(history: history, entries: isLedger ? given : [])
    }

    /// The ledger of entries read, after checking their numbering and voids.
    private static func ledger(_ entries: [LedgerEntry], _ issues: inout FeatureIssues) -> ClearanceLedger? {
        var ledger = ClearanceLedger(parcelId: "")
        for e in entries {
            guard e.seq == ledger.nextSeq else {
                issues.add(.inconsistentHistory, "clearance_history entry seq \(e.seq) should be \(ledger.nextSeq): entries are numbered 1, 2, 3… in the order recorded")
                return nil
            }
            if let voided = e.voidedSeq, ledger.entry(voided)?.event == nil || ledger.void(of: voided) != nil {
                issues.add(.inconsistentHistory, "clearance_history entry \(e.seq) voids \(voided), which is not an earlier event not yet voided")
                return nil
            }
            ledger = ledger.appending(e)
        }
        return ledger
    }

    /// The entries of a history value, or `nil` after reporting what is wrong.
    private static func entries(_ value: AttributeValue, _ issues: inout FeatureIssues) -> [LedgerEntry]? {
        var value = value
        if case .string(let text) = value {
            guard let parsed = try? JSONParser.parse(text) else {
                issues.add(.badValue, "property \"clearance_history\" is not valid JSON")
                return nil
            }
            value = AttributeValue(parsed)
        }
        guard case .array(let items) = value else {
            issues.add(.badValue, "property \"clearance_history\" must be an array of {status, date, by, note}")
            return nil
        }
        var out: [LedgerEntry] = []
        var ok = true
        for (i, item) in items.enumerated() {
            guard case .object(let fields) = item else {
                issues.add(.badValue, "clearance_history[\(i)] is not an object")
                ok = false
                continue
            }
            var reader = PropertyReader(fields)
            var entryIssues = FeatureIssues(file: issues.file, index: issues.index)
            let seq = reader.count("seq", &entryIssues) ?? (i + 1)
            let voids = reader.count("voids", &entryIssues)
            let by = reader.string("by", &entryIssues), reason = reader.string("reason", &entryIssues)
            var recordedAt: RecordedTime?
            if let text = reader.string("recorded_at", &entryIssues) {
                do { recordedAt = try RecordedTime.parse(text) } catch { entryIssues.add(.badValue, "\(error)") }
            }
            var kind: LedgerEntry.Kind?
            if let voids {
                if reason == nil { entryIssues.add(.missingProperty, "a void needs its \"reason\"") }
                kind = .void(seq: voids)
            } else {
                let status: ClearanceStatus? = reader.choice("status", required: true, &entryIssues)
                let date = reader.date("date", required: true, &entryIssues)
                let note = reader.string("note", &entryIssues)
                if let status, let date { kind = .event(ClearanceEvent(status: status, date: date, by: by, note: note)) }
            }
            for problem in entryIssues.issues { issues.add(problem.kind, "clearance_history[\(i)]: \(problem.reason)") }
            if let kind, entryIssues.issues.isEmpty {
                out.append(LedgerEntry(seq: seq, kind: kind, recordedAt: recordedAt, by: by, reason: reason))
            } else {
                ok = false
            }
        }
        return ok ? out : nil
    }
}
