import Geo

/// Reads a parcel's clearance state: `clearance` (status name) and `clearance_date`
/// (required unless not_started), and optional `clearance_history`, a JSON array (or a
/// string holding one) of {"status","date","by","note"} in date order. When the history
/// is given it is the full history, and its last entry must agree with
/// `clearance`/`clearance_date`; otherwise the history is the one current event.
enum ClearanceHistoryReader {
    static func read(_ properties: inout PropertyReader, _ issues: inout FeatureIssues) -> ClearanceHistory? {
        let before = issues.issues.count
        let status: ClearanceStatus? = properties.choice("clearance", required: true, &issues)
        let date = properties.date("clearance_date", required: status.map { $0 != .notStarted } ?? false, &issues)
        let given = properties.raw("clearance_history", &issues).flatMap { events($0, &issues) }
        guard issues.issues.count == before, let status else { return nil }
        guard let given else {
            guard let date, status != .notStarted else { return ClearanceHistory() }
            return try? ClearanceHistory([ClearanceEvent(status: status, date: date)])
        }
        let history: ClearanceHistory
        do { history = try ClearanceHistory(given) } catch {
            issues.add(.inconsistentHistory, "clearance_history is not in date order: \(error)")
            return nil
        }
        let last = history.events.last
        if last?.status ?? .notStarted != status || (date != nil && last?.date != date) {
            let ends = last.map { "\($0.status.rawValue) on \($0.date)" } ?? "empty"
            let says = "\(status.rawValue)" + (date.map { " on \($0)" } ?? "")
            issues.add(.inconsistentHistory, "clearance_history ends with \(ends) but clearance is \(says)")
            return nil
        }
        return history
    }

    /// The events of a history value, or `nil` after reporting what is wrong.
    private static func events(_ value: AttributeValue, _ issues: inout FeatureIssues) -> [ClearanceEvent]? {
        var value = value
        if case .string(let text) = value {
            guard let parsed = try? JSONParser.parse(text) else {
                issues.add(.badValue, "property \"clearance_history\" is not valid JSON")
                return nil
            }
            value = AttributeValue(parsed)
        }
        guard case .array(let entries) = value else {
            issues.add(.badValue, "property \"clearance_history\" must be an array of {status, date, by, note}")
            return nil
        }
        var events: [ClearanceEvent] = []
        var ok = true
        for (i, entry) in entries.enumerated() {
            guard case .object(let fields) = entry else {
                issues.add(.badValue, "clearance_history[\(i)] is not an object")
                ok = false
                continue
            }
            var reader = PropertyReader(fields)
            var entryIssues = FeatureIssues(file: issues.file, index: issues.index)
            let status: ClearanceStatus? = reader.choice("status", required: true, &entryIssues)
            let date = reader.date("date", required: true, &entryIssues)
            let by = reader.string("by", &entryIssues), note = reader.string("note", &entryIssues)
            for problem in entryIssues.issues { issues.add(problem.kind, "clearance_history[\(i)]: \(problem.reason)") }
            if let status, let date, entryIssues.issues.isEmpty {
                events.append(ClearanceEvent(status: status, date: date, by: by, note: note))
            } else {
                ok = false
            }
        }
        return ok ? events : nil
    }
}
